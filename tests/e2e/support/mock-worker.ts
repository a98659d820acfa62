import type { Page } from 'playwright-core';

/**
 * Waits until the demo's mock backend (a service worker) answers for this page. Polling the control route's
 * status alone is not enough: before the worker controls the page, the preview server answers every GET with
 * the SPA's index.html and status 200, and a POST that follows goes to the server and gets 404.
 */
export async function waitForMockWorker(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      if (!navigator.serviceWorker.controller) return false;
      const response = await fetch('/api/__mock/control');
      return response.ok && (response.headers.get('content-type') ?? '').includes('json');
    },
    undefined,
    { timeout: 15_000, polling: 200 },
  );
}
