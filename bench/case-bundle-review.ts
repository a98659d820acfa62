import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { readApplicationBundle } from '../src/documents/bundle/application-document-check';
import { totpCodeAt } from '../src/server/caseworker/totp';
import { demoCaseworker } from '../src/server/demo/demo-caseworker';
import { applicationBundle } from '../tests/support/application-bundle';
import { spawnServer, type ServerProcess } from './server-load';
import { launch } from './wizard-pages';

// Issue 13, deliverable 4: the caseworker opens a 15 MB application bundle from a file (/sachbearbeitung/datei);
// it is verified in the browser by readApplicationBundle (the CLI's reader, portable SHA-256) and the review is
// shown. Against the real server in demo mode (PGlite, the production build in dist/), logged in once as the demo
// caseworker with a TOTP code, in headless Chromium. Printed, never asserted.

/**
 * Budget on this 2-core machine: the review of a 15 MB bundle on screen within 1.5 s of choosing it (median of the
 * runs in the page). First measured: median 683 ms, max 866 ms; readApplicationBundle alone in Node 461 ms with the
 * portable SHA-256, 241 ms with node:crypto. About twice the first figure, so a hash or a render twice as slow shows.
 */
export const caseBundleReviewBudgetMs = 1500;

const plan = { megabytes: 15, warmUp: 1, runs: 5, nodeRuns: 5 };

export type CaseBundleReviewFigures = {
  bundleBytes: number;
  /** In the page: from the input's change event to the first frame after the "Belastungsgrenze" h2 appeared. */
  runsMs: number[];
  medianMs: number;
  maxMs: number;
  /** From Node: setInputFiles (a file path, as a user's choice) until Playwright sees the heading visible. */
  wallRunsMs: number[];
  wallMedianMs: number;
  /** readApplicationBundle alone in Node on the same bytes, median of runs: the portable hash and node:crypto. */
  nodePortableMs: number;
  nodeNativeMs: number;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function logIn(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/sachbearbeitung/anmelden`);
  await page.getByLabel('Benutzername').fill(demoCaseworker.username);
  await page.getByLabel('Kennwort', { exact: true }).fill(demoCaseworker.password);
  // The server is fresh: no code of this 30-second step has been used on it yet.
  await page
    .getByLabel('Code aus der Authenticator-App')
    .fill(totpCodeAt(demoCaseworker.totpSecret, new Date()));
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Anträge' }).waitFor();
}

type InPage = { changedAt: number; shownAt: number };

/**
 * Installs, before the file is chosen, a capture listener for the input's change event and a MutationObserver
 * for the review's h2; resolves with both times (performance.now() of the page) once a frame has run after the
 * heading was inserted (requestAnimationFrame, then a task: layout and paint of that frame are included).
 */
function armInPageTimer(page: Page): Promise<void> {
  return page.evaluate(() => {
    const target = window as unknown as { benchReview?: Promise<InPage> };
    target.benchReview = new Promise<InPage>((resolveTimes) => {
      let changedAt: number | undefined;
      document.addEventListener(
        'change',
        (event) => {
          if ((event.target as HTMLElement | null)?.id === 'bundle-file') changedAt ??= performance.now();
        },
        { capture: true },
      );
      const observer = new MutationObserver(() => {
        if (changedAt === undefined) return;
        const heading = [...document.querySelectorAll('h2')].find(
          (h) => h.textContent?.trim() === 'Belastungsgrenze',
        );
        if (!heading) return;
        observer.disconnect();
        const from = changedAt;
        requestAnimationFrame(() =>
          setTimeout(() => resolveTimes({ changedAt: from, shownAt: performance.now() }), 0),
        );
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  });
}

async function openOnce(
  page: Page,
  origin: string,
  file: string,
): Promise<{ inPageMs: number; wallMs: number }> {
  await page.goto(`${origin}/sachbearbeitung/datei`);
  const input = page.getByLabel('Antragspaket (ZIP)');
  await input.waitFor({ state: 'attached' });
  await armInPageTimer(page);
  const started = performance.now();
  await input.setInputFiles(file);
  await page.getByText('Das Paket hat die Prüfung bestanden.').waitFor({ timeout: 60_000 });
  await page.getByRole('heading', { level: 2, name: 'Belastungsgrenze' }).waitFor({ timeout: 60_000 });
  const wallMs = performance.now() - started;
  const times = await page.evaluate(
    () => (window as unknown as { benchReview: Promise<InPage> }).benchReview,
  );
  return { inPageMs: times.shownAt - times.changedAt, wallMs };
}

function nodeSplit(bytes: Uint8Array): { portableMs: number; nativeMs: number } {
  const native = (input: Uint8Array) => createHash('sha256').update(input).digest('hex');
  const time = (read: () => ReturnType<typeof readApplicationBundle>) => {
    const times: number[] = [];
    for (let run = 0; run < plan.nodeRuns; run++) {
      const started = performance.now();
      const result = read();
      times.push(performance.now() - started);
      if (!result.ok)
        throw new Error(`the bench bundle does not verify: ${JSON.stringify(result.problems[0])}`);
    }
    return median(times);
  };
  readApplicationBundle(bytes); // warm-up of the code paths, not counted
  return {
    portableMs: time(() => readApplicationBundle(bytes)),
    nativeMs: time(() => readApplicationBundle(bytes, { sha256Hex: native })),
  };
}

export async function benchCaseBundleReview(): Promise<CaseBundleReviewFigures> {
  const bundle = applicationBundle({ minBytes: plan.megabytes * 1024 * 1024 });
  const split = nodeSplit(bundle);
  const workDir = mkdtempSync(join(tmpdir(), 'zb-bench-case-file-'));
  const file = join(workDir, 'paket.zip');
  writeFileSync(file, bundle);
  let server: ServerProcess | undefined;
  const browser = await launch();
  try {
    server = await spawnServer({ DATA_DIR: join(workDir, 'data') });
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await logIn(page, server.url);
    for (let i = 0; i < plan.warmUp; i++) await openOnce(page, server.url, file);
    const runsMs: number[] = [];
    const wallRunsMs: number[] = [];
    for (let run = 0; run < plan.runs; run++) {
      const { inPageMs, wallMs } = await openOnce(page, server.url, file);
      runsMs.push(inPageMs);
      wallRunsMs.push(wallMs);
    }
    await context.close();
    return {
      bundleBytes: bundle.length,
      runsMs,
      medianMs: median(runsMs),
      maxMs: Math.max(...runsMs),
      wallRunsMs,
      wallMedianMs: median(wallRunsMs),
      nodePortableMs: split.portableMs,
      nodeNativeMs: split.nativeMs,
    };
  } catch (error) {
    if (server) console.log(server.tail().split('\n').slice(-15).join('\n'));
    throw error;
  } finally {
    await browser.close();
    await server?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

export function caseBundleReviewReport(figures: CaseBundleReviewFigures): string[] {
  const ms = (values: number[]) => values.map((value) => value.toFixed(0)).join(', ');
  const within = figures.medianMs <= caseBundleReviewBudgetMs ? 'within' : 'OVER';
  return [
    `Caseworker bundle from a file (issue 13), ${(figures.bundleBytes / 1024 / 1024).toFixed(1)} MiB, chosen until the verified review ("Belastungsgrenze") is shown, headless Chromium, ${figures.runsMs.length} runs after ${plan.warmUp} warm-up`,
    `  in the page (change event → first frame with the heading): median ${figures.medianMs.toFixed(0)} ms, max ${figures.maxMs.toFixed(0)} ms (runs ${ms(figures.runsMs)}; budget median ≤ ${caseBundleReviewBudgetMs} ms: ${within})`,
    `  from Node (setInputFiles with the file's path until the heading is visible): median ${figures.wallMedianMs.toFixed(0)} ms (runs ${ms(figures.wallRunsMs)})`,
    `  readApplicationBundle alone in Node on the same bytes, median of ${plan.nodeRuns}: ${figures.nodePortableMs.toFixed(0)} ms with the portable SHA-256 (@noble/hashes, as in the browser), ${figures.nodeNativeMs.toFixed(0)} ms with node:crypto`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const line of caseBundleReviewReport(await benchCaseBundleReview())) console.log(line);
}
