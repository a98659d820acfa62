import type { Page } from 'playwright-core';

/**
 * Waits until the insurer answers for this page: on the msw demo, its mock backend in a service worker; against
 * the real server (which has no service worker), the server itself, at once. Polling the control route's status
 * alone is not enough on the demo: before the worker controls the page, the preview server answers every GET
 * with the SPA's index.html and status 200, and a POST that follows goes to the preview server and gets 404.
 * Only the insurer answers the control route with JSON.
 */
export async function waitForMockWorker(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      const worker = await navigator.serviceWorker.getRegistration();
      if (worker && !navigator.serviceWorker.controller) return false;
      const response = await fetch('/api/__mock/control');
      return response.ok && (response.headers.get('content-type') ?? '').includes('json');
    },
    undefined,
    { timeout: 15_000, polling: 200 },
  );
}
