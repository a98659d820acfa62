import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { watchedPage } from './support/browser';
import { sharedBrowser } from './support/shared-browser';

const origin = inject('productionUrl');
const browser = sharedBrowser();

describe('start page of the production build', () => {
  it('is served with the strict security headers', async () => {
    const response = await fetch(`${origin}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toContain('geolocation=()');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('loads in German, with no console error, no CSP violation, no foreign request and no axe violation', async () => {
    const watch = await watchedPage(browser(), origin);
    await watch.page.goto(origin);
    await expect
      .poll(() => watch.page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Befreiung von Zuzahlungen beantragen');
    expect(await watch.page.title()).toBe(
      'Befreiung von Zuzahlungen beantragen – Zuzahlungsbefreiung online',
    );
    expect(await watch.page.locator('html').getAttribute('lang')).toBe('de');
    expect(await watch.page.getByText('Demo-Version').count()).toBe(0);
    expect(await axeViolations(watch.page)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await watch.context.close();
  });

  it('switches to English by keyboard and keeps the choice across a reload', async () => {
    const watch = await watchedPage(browser(), origin);
    const { page } = watch;
    await page.goto(origin);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The skip link comes first, then the service name, then the language buttons.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zum Inhalt springen');
    await page.getByRole('button', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Apply for exemption from co-payments');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Apply for exemption from co-payments');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await watch.context.close();
  });

  it('fits a 320 px wide screen without horizontal scrolling (WCAG 1.4.10)', async () => {
    const watch = await watchedPage(browser(), origin);
    await watch.page.setViewportSize({ width: 320, height: 640 });
    await watch.page.goto(origin);
    await watch.page.getByRole('heading', { level: 1 }).waitFor();
    const overflow = await watch.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await watch.context.close();
  });

  it('shows a helpful page for an unknown address, without errors', async () => {
    const watch = await watchedPage(browser(), origin);
    await watch.page.goto(`${origin}/gibt-es-nicht`);
    await expect
      .poll(() => watch.page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Seite nicht gefunden');
    expect(await axeViolations(watch.page)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    await watch.context.close();
  });
});
