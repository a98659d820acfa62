import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { watchedPage } from './support/browser';
import { sharedBrowser } from './support/shared-browser';

const origin = inject('productionUrl');
const browser = sharedBrowser();

describe('quick limit estimate, keyboard only', () => {
  it('goes from the start page through an error to the explained limit, accessible in every state', async () => {
    const watch = await watchedPage(browser(), origin);
    const { page } = watch;
    await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
    await page.goto(origin);
    await page.getByRole('link', { name: 'Belastungsgrenze berechnen' }).focus();
    await page.keyboard.press('Enter');
    // The page loads lazily: on two busy cores that takes longer than expect.poll's default second.
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Belastungsgrenze berechnen');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 5_000 })
      .toBe('page-heading');
    expect(await page.getByLabel('Für welches Jahr?').inputValue()).toBe('2026');
    expect(await axeViolations(page)).toEqual([]);

    // Submitting without an income: the summary takes focus and links to the field.
    await page.getByRole('button', { name: 'Belastungsgrenze berechnen' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.inputMode))
      .toBe('decimal');

    await page.keyboard.type('50.000');
    await page
      .getByRole('group', { name: /Ehefrau/ })
      .getByLabel('Ja')
      .check();
    await page.getByLabel('Wie viele Kinder leben in Ihrem Haushalt?').fill('2');
    await page.getByRole('button', { name: 'Belastungsgrenze berechnen' }).press('Enter');
    const result = page.getByRole('region', { name: 'Ihre Belastungsgrenze für 2026' });
    await result.waitFor();
    expect(await result.locator('.result-panel__figure').textContent()).toBe('467,38\u00a0€');
    expect(await axeViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await watch.context.close();
  });
});
