import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { planMockFailures } from './support/mock-insurer';
import { waitForMockWorker } from './support/mock-worker';
import { watchedPage } from './support/browser';
import { sharedBrowser } from './support/shared-browser';

const origin = inject('demoUrl');
const browser = sharedBrowser();

describe('demo build with the embedded mock backend, under the same CSP and Trusted Types', () => {
  it('answers API calls from the service worker, and the failure switch makes them fail on demand', async () => {
    const watch = await watchedPage(browser(), origin);
    const { page } = watch;
    await page.goto(`${origin}/kontakt`);
    await expect.poll(() => page.getByText('01058 Dresden').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByText('Demo-Version').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await waitForMockWorker(page);
    // Three planned 503s outlast the query's two retries: the user sees an error with a way to try again.
    await planMockFailures(page, [{ route: 'service-info', count: 3, error: 503 }]);
    await page.reload();
    await page.getByRole('alert').waitFor({ timeout: 20_000 });
    expect(await page.getByRole('alert').textContent()).toContain('konnten nicht geladen werden');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await expect.poll(() => page.getByText('01058 Dresden').count(), { timeout: 15_000 }).toBe(1);

    // The failed responses were the planned ones; nothing else went wrong.
    expect(watch.consoleErrors.filter((text) => !text.includes('503'))).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await watch.context.close();
  });

  it('has a keyboard-usable demo control page without accessibility violations', async () => {
    const watch = await watchedPage(browser(), origin);
    const { page } = watch;
    await page.goto(origin);
    await page.getByRole('link', { name: 'Demo-Steuerung' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Demo-Steuerung');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('page-heading');
    await page.getByLabel('Anzahl der nächsten Anfragen, die fehlschlagen').fill('2');
    await page.getByLabel('Art des Fehlers').selectOption('503');
    await page.getByRole('button', { name: 'Übernehmen' }).press('Enter');
    await expect.poll(() => page.getByText('2 × HTTP 503 für alle').count(), { timeout: 10_000 }).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Zurücksetzen' }).click();
    await expect.poll(() => page.getByText('Keine Fehler geplant.').count(), { timeout: 10_000 }).toBe(1);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    await watch.context.close();
  });
});
