import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { watchedPage, type PageWatch } from './support/browser';
import { planMockFailures } from './support/mock-insurer';
import { waitForMockWorker } from './support/mock-worker';
import { sharedBrowser } from './support/shared-browser';

const origin = inject('productionUrl');
const demoOrigin = inject('demoUrl');
const browser = sharedBrowser();

const legalPages = [
  { link: 'Impressum', path: '/impressum', heading: 'Impressum' },
  { link: 'Datenschutz', path: '/datenschutz', heading: 'Datenschutzerklärung' },
  {
    link: 'Erklärung zur Barrierefreiheit',
    path: '/barrierefreiheit',
    heading: 'Erklärung zur Barrierefreiheit',
  },
  { link: 'Leichte Sprache', path: '/leichte-sprache', heading: 'Leichte Sprache' },
  { link: 'Gebärdensprache', path: '/gebaerdensprache', heading: 'Gebärdensprache' },
];

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

/** Tabs forward until the footer link with this text has focus, as a keyboard user would. */
async function tabToFooterLink(page: Page, text: string): Promise<void> {
  for (let presses = 0; presses < 100; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      inFooter: Boolean(document.activeElement?.closest('footer')),
    }));
    if (focused.inFooter && focused.text === text) return;
  }
  throw new Error(`The footer link "${text}" cannot be reached with Tab`);
}

function expectNothingWentWrong(watch: PageWatch, allowed: RegExp[] = []) {
  expect(watch.consoleErrors.filter((text) => !allowed.some((pattern) => pattern.test(text)))).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
}

describe('legal pages of the production build', () => {
  it.each(legalPages)(
    'reaches $link from the start page by keyboard; the page is accessible and fits 320 px',
    async ({ link, path, heading: expected }) => {
      const watch = await watchedPage(browser(), origin);
      const { page } = watch;
      await page.goto(origin);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await tabToFooterLink(page, link);
      await page.keyboard.press('Enter');
      await expect.poll(() => heading(page)).toBe(expected);
      expect(new URL(page.url()).pathname).toBe(path);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('page-heading');
      expect(await page.title()).toBe(`${expected} – Zuzahlungsbefreiung online`);
      expect(await axeViolations(page)).toEqual([]);

      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      expectNothingWentWrong(watch);
      await watch.context.close();
    },
  );

  it('shows the feedback form error state accessibly, with focus on the summary and a link to the field', async () => {
    const watch = await watchedPage(browser(), origin);
    const { page } = watch;
    await page.goto(`${origin}/barrierefreiheit`);
    await page.getByRole('button', { name: 'Meldung senden' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    expect(await page.getByRole('alert').textContent()).toContain('Beschreiben Sie die Barriere');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await page.getByLabel('Beschreiben Sie die Barriere').getAttribute('aria-invalid')).toBe('true');

    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    expectNothingWentWrong(watch);
    await watch.context.close();
  });

  it('keeps Leichte Sprache accessible under the English switch', async () => {
    const watch = await watchedPage(browser(), origin);
    const { page } = watch;
    await page.goto(`${origin}/leichte-sprache`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByText('it exists in German only', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expectNothingWentWrong(watch);
    await watch.context.close();
  });

  it('serves /.well-known/security.txt with a contact and an unexpired Expires (RFC 9116)', async () => {
    const response = await fetch(`${origin}/.well-known/security.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^Contact: mailto:\S+@\S+$/m);
    const expires = /^Expires: (\S+)$/m.exec(text)?.[1];
    expect(expires).toBeDefined();
    const expiry = Date.parse(expires!);
    expect(Number.isNaN(expiry)).toBe(false);
    expect(expiry).toBeGreaterThan(Date.now());
  });
});

describe('feedback form on the demo build with its mock backend', () => {
  it('keeps the text through a server failure, then confirms with a reference', async () => {
    const watch = await watchedPage(browser(), demoOrigin);
    const { page } = watch;
    await page.goto(`${demoOrigin}/barrierefreiheit`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The page shows before the mock's service worker answers: wait for it, or the plan goes to the real server.
    await waitForMockWorker(page);
    const { bypassed } = await planMockFailures(page, [
      { route: 'accessibility-feedback', count: 1, error: 503 },
    ]);

    const description = 'Die Fehlermeldung wird nicht vorgelesen.';
    await page.getByLabel('Beschreiben Sie die Barriere').fill(description);
    await page.getByRole('button', { name: 'Meldung senden' }).press('Enter');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toContain('Ihr Text ist noch da');
    expect(await page.getByLabel('Beschreiben Sie die Barriere').inputValue()).toBe(description);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Erneut senden' }).press('Enter');
    const thanks = page.getByRole('heading', { name: 'Vielen Dank für Ihre Meldung' });
    await thanks.waitFor({ timeout: 15_000 });
    expect(await page.locator('.feedback-reference').textContent()).toMatch(/^BF-\d{6}$/);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Vielen Dank für Ihre Meldung');
    expect(await axeViolations(page)).toEqual([]);
    // The one failed response was the planned one (and any planning request the mock's worker let pass).
    expect(watch.consoleErrors.filter((text) => /404/.test(text))).toHaveLength(bypassed);
    expectNothingWentWrong(watch, [/503/, /404/]);
    await watch.context.close();
  });
});
