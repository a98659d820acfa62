import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { readBundle } from '../../src/documents/bundle/read-bundle';
import { sha256Hex } from '../../src/documents/bundle/sha256';
import { axeViolations } from './support/axe';
import { activate, expectHeading } from './support/keyboard';
import { mockSubmissionReferences, planMockFailures, serverSubmissions } from './support/mock-insurer';
import { waitForMockWorker } from './support/mock-worker';
import { seedReadyDraft } from './support/ready-draft';
import { openSendPage, openSending, sendDespiteFailures, sendStatus, submittedSince } from './support/send';
import { sharedBrowser } from './support/shared-browser';
import { workerServerUrl } from './support/worker-server';

// Sending in real Chromium against the insurer's real server (demo mode, PGlite) serving the production build:
// the bundle is built in a module worker under the CSP and Trusted Types, stored with its key, and sent until a
// receipt arrives, by keyboard only; axe on every page and state. The server's demo fault switch (the same
// contract as the mock's) makes attempts fail on demand. submission-mock.e2e.test.ts runs a journey on the msw
// demo.

const origin = await workerServerUrl();
const browser = sharedBrowser();

/** The status as the API gives it to anyone with the reference and the Abrufcode (never in the URL). */
const lookUp = (reference: string, abrufcode: string) =>
  fetch(`${origin}/api/v1/submissions/${reference}`, { headers: { 'X-Abrufcode': abrufcode } });

describe('Antrag senden to the insurer’s server', () => {
  // A plan a failed test left behind must not fail the next one's attempts.
  beforeEach(async () => {
    expect((await fetch(`${origin}/api/__mock/control`, { method: 'DELETE' })).status).toBe(200);
  });

  it('sends once although the first two attempts fail (network, then 503), and says so on the way', async () => {
    const { page, reference } = await sendDespiteFailures(browser(), origin);
    const stored = (await serverSubmissions(page)).find((s) => s.reference === reference);
    expect(stored?.status).toBe('eingegangen');
  });

  it('resumes after a reload during the retries with the same key and bytes: still one submission', async () => {
    const { page } = await openSending(browser(), origin);
    await seedReadyDraft(page, origin);
    await waitForMockWorker(page);
    await openSendPage(page, origin);
    const before = await mockSubmissionReferences(page);
    const replayed: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/api/v1/submissions') && response.status() === 201) {
        replayed.push(response.headers()['idempotent-replayed'] ?? 'false');
      }
    });
    // The first answer is lost after the server stored the bundle; the next attempts fail before it. Against the
    // server the later failures are 503s, not dropped connections: Chromium itself sends a POST again, unseen by
    // the app, when a reused keep-alive connection closes before any answer, so dropped connections may never
    // reach the page (the lost answer may not either; either way the plan holds enough failures).
    await planMockFailures(page, [
      { route: 'submission', count: 1, error: 'lost-response' },
      { route: 'submission', count: 3, error: 503 },
    ]);
    await activate(page.getByRole('button', { name: 'Jetzt senden' }));
    await sendStatus(page).filter({ hasText: '(Versuch 3 von 5)' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Ihr Antrag wird weiter gesendet' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectHeading(page, 'Antrag gesendet');
    const references = await submittedSince(page, before);
    expect(references).toHaveLength(1);
    const reference = references[0]!;
    expect(await page.locator('.confirmation-panel').getByText(reference).count()).toBe(1);
    // The bundle was stored by the attempt whose answer was lost: the receipt the page got is the replay.
    expect(replayed).toEqual(['true']);

    // The receipt that was lost on the way and the replay the page got carry the same Abrufcode: the one the
    // confirmation shows opens the status through the API, and nothing else does.
    const stored = (await serverSubmissions(page)).find((s) => s.reference === reference);
    expect(stored).toBeDefined();
    expect(await page.locator('.confirmation-panel').getByText(stored!.abrufcode).count()).toBe(1);
    const found = await lookUp(reference, stored!.abrufcode);
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ reference, status: 'eingegangen' });
    const other = (await serverSubmissions(page)).find((s) => s.reference !== reference);
    if (other) expect((await lookUp(reference, other.abrufcode)).status).toBe(404);
  });

  it('sends once on a double click, and the downloads are a PDF, a reading copy and a valid bundle', async () => {
    const { page } = await openSending(browser(), origin);
    await seedReadyDraft(page, origin);
    await waitForMockWorker(page);
    await openSendPage(page, origin);
    const before = await mockSubmissionReferences(page);
    await page.getByRole('button', { name: 'Jetzt senden' }).dblclick();
    await expectHeading(page, 'Antrag gesendet');
    expect(await submittedSince(page, before)).toHaveLength(1);

    const download = async (name: string) => {
      const downloading = page.waitForEvent('download');
      await activate(page.getByRole('button', { name }));
      const file = await downloading;
      return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
    };
    const pdf = await download('Antrag herunterladen (PDF, Deutsch)');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const english = await download('Lesefassung auf Englisch herunterladen (PDF)');
    expect(english.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const zip = await download('Alle gesendeten Unterlagen herunterladen (ZIP-Datei)');
    expect(zip.name).toMatch(/^zuzahlungsbefreiung-ZB-2026-\d{6}\.zip$/);
    const read = readBundle(new Uint8Array(zip.bytes));
    expect(read.ok ? [] : read.problems).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    // The PDF offered is the one inside the bundle, and after a reload both are still the bytes sent (kept
    // encrypted with the draft), not a copy rebuilt from the draft.
    const inBundle = read.ok ? read.files.find((file) => file.path.endsWith('antrag.pdf')) : undefined;
    expect(sha256Hex(pdf.bytes)).toBe(sha256Hex(inBundle!.bytes));
    await page.reload();
    await expectHeading(page, 'Antrag gesendet');
    expect(sha256Hex((await download('Alle gesendeten Unterlagen herunterladen (ZIP-Datei)')).bytes)).toBe(
      sha256Hex(zip.bytes),
    );
    expect(sha256Hex((await download('Antrag herunterladen (PDF, Deutsch)')).bytes)).toBe(
      sha256Hex(pdf.bytes),
    );
  });
});
