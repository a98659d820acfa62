import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { securityHeaders } from '../config/security-headers';
import type { PageFigures } from './bundle-build-page/main';
import { launch } from './wizard-pages';

// Budget of issue 5: 30 receipt photos become a bundle of at most 15 MB within 15 s on a two-core machine.
export const bundleBudget = { megabytes: 15, seconds: 15, photos: 30 };

export type BundleBuildFigures = {
  photos: number;
  /** Shrinking every photo (one after another, as the draft adds them) plus building the zip. */
  totalMs: number;
  zipMs: number;
  medianShrinkMs: number;
  /** Each photo's shrinking time, in order (the first one includes starting the worker). */
  shrinkMs: number[];
  bundleBytes: number;
  originalBytes: number;
};

const pageRoot = 'bench/bundle-build-page';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/**
 * Builds a small page around the app's own shrinker (its module worker included) and buildBundle, serves it with
 * the app's security headers, and lets headless Chromium draw `photos` receipt photos of 4000 × 3000, shrink them
 * and zip them with a small PDF and an application.json.
 */
export async function benchBundleBuild(photos = bundleBudget.photos): Promise<BundleBuildFigures> {
  const outDir = mkdtempSync(join(tmpdir(), 'zb-bench-bundle-'));
  try {
    await build({
      configFile: false,
      root: pageRoot,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, assetsInlineLimit: 0, target: 'es2022' },
    });
    const server = await preview({
      configFile: false,
      root: pageRoot,
      build: { outDir },
      preview: { port: 0, strictPort: false, host: '127.0.0.1', headers: securityHeaders({ https: false }) },
      logLevel: 'warn',
    });
    const browser = await launch();
    try {
      const address = server.httpServer.address();
      if (!address || typeof address === 'string') throw new Error('preview server has no port');
      const page = await (await browser.newContext()).newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`http://127.0.0.1:${address.port}/`);
      await page.waitForFunction(() => 'benchBundleBuild' in window);
      const figures = await page.evaluate(
        (count) =>
          (
            window as unknown as { benchBundleBuild: (count: number) => Promise<PageFigures> }
          ).benchBundleBuild(count),
        photos,
      );
      if (problems.length > 0) throw new Error(`bench page reported errors: ${problems.join('; ')}`);
      return {
        photos: figures.photos,
        totalMs: figures.shrinkMs.reduce((sum, ms) => sum + ms, 0) + figures.zipMs,
        zipMs: figures.zipMs,
        medianShrinkMs: median(figures.shrinkMs),
        shrinkMs: figures.shrinkMs,
        bundleBytes: figures.bundleBytes,
        originalBytes: figures.originalBytes,
      };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** The lines bench/run.ts prints, with the budget beside each figure. */
export function bundleBuildReport(figures: BundleBuildFigures): string[] {
  const seconds = figures.totalMs / 1000;
  const within = (ok: boolean) => (ok ? 'within' : 'OVER');
  return [
    `Bundle of ${figures.photos} receipt photos (4000×3000, ${mb(figures.originalBytes)} MB as taken), shrunk in the app's worker and zipped`,
    `  ${seconds.toFixed(1)} s shrinking + zipping (budget ${bundleBudget.seconds} s: ${within(seconds <= bundleBudget.seconds)}), of which zip ${figures.zipMs.toFixed(0)} ms`,
    `  ${mb(figures.bundleBytes)} MB bundle (budget ${bundleBudget.megabytes} MB: ${within(figures.bundleBytes <= bundleBudget.megabytes * 1024 * 1024)})`,
    `  ${figures.medianShrinkMs.toFixed(0)} ms median per photo`,
  ];
}
