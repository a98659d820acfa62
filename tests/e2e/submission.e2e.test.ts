import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { readBundle } from '../../src/documents/bundle/read-bundle';
import { axeViolations } from './support/axe';
import { watchedPage, type PageWatch } from './support/browser';
import { activate, expectHeading } from './support/keyboard';
import { mockSubmissionReferences, planMockFailures } from './support/mock-insurer';
import { waitForMockWorker } from './support/mock-worker';
import { seedReadyDraft } from './support/ready-draft';
import { sharedBrowser } from './support/shared-browser';
import { plaintextHits } from './support/storage-scan';

// Sending in real Chromium against the demo build (its mock backend is the insurer): the bundle is built in a
// module worker under the CSP and Trusted Types, stored with its key, and sent until a receipt arrives, by
// keyboard only; axe on every page and state. The mock's failure switch makes attempts fail on demand.

const origin = inject('demoUrl');
const browser = sharedBrowser();
const now = new Date('2026-11-23T10:00:00+01:00');

async function open(): Promise<PageWatch> {
  const watch = await watchedPage(browser(), origin);
  await watch.page.clock.setFixedTime(now);
  onTestFinished(async () => {
    expect(watch.pageErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await watch.context.close();
  });
  return watch;
}

/** From the check page to "Antrag senden", waiting until the worker has built the bundle. */
async function openSendPage(page: Page): Promise<void> {
  await page.goto(`${origin}/antrag/pruefen`);
  await expectHeading(page, 'Angaben prüfen');
  await activate(page.getByRole('button', { name: 'Antrag absenden' }));
  await expectHeading(page, 'Antrag senden');
  await page.getByRole('button', { name: 'Jetzt senden' }).waitFor({ timeout: 30_000 });
  expect(await page.getByText(/^Ihr Antrag ohne Anlagen: [\d,]+ KB$/).count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
}

const status = (page: Page) => page.getByRole('status').filter({ hasText: /\S/ });

describe('Antrag senden', () => {
  it('sends once although the first two attempts fail (network, then 503), and says so on the way', async () => {
    const { page } = await open();
    const person = await seedReadyDraft(page, origin);
    await waitForMockWorker(page);
    await openSendPage(page);
    await planMockFailures(page, [
      { route: 'submission', count: 1, error: 'network' },
      { route: 'submission', count: 1, error: 503 },
    ]);
    await activate(page.getByRole('button', { name: 'Jetzt senden' }));
    await status(page).filter({ hasText: 'Verbindung unterbrochen' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectHeading(page, 'Antrag gesendet');
    const references = await mockSubmissionReferences(page);
    expect(references).toHaveLength(1);
    expect(await page.locator('.confirmation-panel').getByText(references[0]!).count()).toBe(1);
    expect(await page.getByText('01058 Dresden').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    // The bundle was in the app's storage only encrypted, and is gone with the receipt; the mock is skipped.
    expect((await plaintextHits(page, [person.familyName])).found).toEqual([]);

    await activate(page.getByRole('link', { name: 'Bearbeitungsstand ansehen' }));
    await expectHeading(page, 'Bearbeitungsstand');
    await page.getByText('(aktueller Stand)').waitFor();
    expect(await page.locator('[aria-current="step"]').textContent()).toContain('Eingegangen');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('resumes after a reload during the retries with the same key and bytes: still one submission', async () => {
    const { page } = await open();
    await seedReadyDraft(page, origin);
    await waitForMockWorker(page);
    await openSendPage(page);
    // The first answer is lost after the mock stored the bundle; the next attempts fail before it.
    await planMockFailures(page, [
      { route: 'submission', count: 1, error: 'lost-response' },
      { route: 'submission', count: 2, error: 'network' },
    ]);
    await activate(page.getByRole('button', { name: 'Jetzt senden' }));
    await status(page).filter({ hasText: '(Versuch 3 von 5)' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Ihr Antrag wird weiter gesendet' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectHeading(page, 'Antrag gesendet');
    const references = await mockSubmissionReferences(page);
    expect(references).toHaveLength(1);
    expect(await page.locator('.confirmation-panel').getByText(references[0]!).count()).toBe(1);
  });

  it('sends once on a double click, and the downloads are a PDF, a reading copy and a valid bundle', async () => {
    const { page } = await open();
    await seedReadyDraft(page, origin);
    await waitForMockWorker(page);
    await openSendPage(page);
    await page.getByRole('button', { name: 'Jetzt senden' }).dblclick();
    await expectHeading(page, 'Antrag gesendet');
    expect(await mockSubmissionReferences(page)).toHaveLength(1);

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
  });
});
