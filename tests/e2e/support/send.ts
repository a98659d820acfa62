import type { Browser, Page } from 'playwright-core';
import { expect, onTestFinished } from 'vitest';
import { axeViolations } from './axe';
import { watchedPage, type PageWatch } from './browser';
import { activate, expectHeading } from './keyboard';
import { mockSubmissionReferences, planMockFailures } from './mock-insurer';
import { waitForMockWorker } from './mock-worker';
import { seedReadyDraft } from './ready-draft';
import { plaintextHits } from './storage-scan';

// Sending, shared by the journeys against the real server and against the msw demo: the same steps and checks
// whichever insurer answers, so the mock stays the server's twin in a browser too.

export const sendingNow = new Date('2026-11-23T10:00:00+01:00');

/** A fresh context with the clock pinned; after the test: no page error, no CSP violation, nothing foreign. */
export async function openSending(browser: Browser, origin: string): Promise<PageWatch> {
  const watch = await watchedPage(browser, origin);
  await watch.page.clock.setFixedTime(sendingNow);
  onTestFinished(async () => {
    expect(watch.pageErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await watch.context.close();
  });
  return watch;
}

/** From the check page to "Antrag senden", waiting until the worker has built the bundle. */
export async function openSendPage(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/antrag/pruefen`);
  await expectHeading(page, 'Angaben prüfen');
  await activate(page.getByRole('button', { name: 'Antrag absenden' }));
  await expectHeading(page, 'Antrag senden');
  await page.getByRole('button', { name: 'Jetzt senden' }).waitFor({ timeout: 30_000 });
  expect(await page.getByText(/^Ihr Antrag ohne Anlagen: [\d,]+ KB$/).count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
}

/**
 * The references the insurer stored since `before` was read: the msw mock's store is the browser context's own,
 * the server's is shared by every test of the run, so a test counts only what it added.
 */
export async function submittedSince(page: Page, before: readonly string[]): Promise<string[]> {
  return (await mockSubmissionReferences(page)).filter((reference) => !before.includes(reference));
}

/** The live region's current text (the send page keeps an empty one ready). */
export const sendStatus = (page: Page) => page.getByRole('status').filter({ hasText: /\S/ });

/**
 * A ready draft sent once although the first two attempts fail (a dropped connection, then 503): the page says
 * so on the way, the insurer stored exactly one submission, whose reference the confirmation shows, the bundle
 * is gone from the app's storage, and the status page shows it received. Returns the page and the reference.
 * Against the real server Chromium may resend the POST itself after the dropped connection (it does so, unseen by
 * the app, when a reused keep-alive connection closes before any answer): the page then sees only the 503.
 */
export async function sendDespiteFailures(
  browser: Browser,
  origin: string,
): Promise<{ page: Page; reference: string }> {
  const { page } = await openSending(browser, origin);
  const person = await seedReadyDraft(page, origin);
  await waitForMockWorker(page);
  await openSendPage(page, origin);
  const before = await mockSubmissionReferences(page);
  await planMockFailures(page, [
    { route: 'submission', count: 1, error: 'network' },
    { route: 'submission', count: 1, error: 503 },
  ]);
  await activate(page.getByRole('button', { name: 'Jetzt senden' }));
  await sendStatus(page).filter({ hasText: 'Verbindung unterbrochen' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await expectHeading(page, 'Antrag gesendet');
  const references = await submittedSince(page, before);
  expect(references).toHaveLength(1);
  const reference = references[0]!;
  expect(await page.locator('.confirmation-panel').getByText(reference).count()).toBe(1);
  expect(await page.getByText('01058 Dresden').count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  // The bundle was in the app's storage only encrypted, and is gone with the receipt; the mock is skipped.
  expect((await plaintextHits(page, [person.familyName])).found).toEqual([]);

  await activate(page.getByRole('link', { name: 'Bearbeitungsstand ansehen' }));
  await expectHeading(page, 'Bearbeitungsstand');
  await page.getByText('(aktueller Stand)').waitFor();
  expect(await page.locator('[aria-current="step"]').textContent()).toContain('Eingegangen');
  expect(await axeViolations(page)).toEqual([]);
  return { page, reference };
}
