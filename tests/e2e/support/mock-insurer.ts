import type { Page } from 'playwright-core';
import type { PlannedError } from '../../../mocks/control/failure-switch';
import { mockInsurerDatabaseName } from '../../../mocks/store/idb-submission-store';

/**
 * Plans failures of the insurer through its control route: the msw demo's mock backend or the real server in
 * demo mode, which share the contract (call waitForMockWorker first). On the msw demo a 404 comes from the
 * preview server, not the mock: on a busy machine the worker sometimes lets one request pass while it
 * settles (msw's worker bypasses every request while it has no active client, e.g. right after Chromium restarted
 * it), and such a request planned nothing, so it is sent again until the mock itself answers.
 */
export async function planMockFailures(
  page: Page,
  failures: readonly { route: string; count: number; error: PlannedError }[],
): Promise<{ bypassed: number }> {
  let status = 0;
  let bypassed = 0;
  for (let attempt = 0; attempt < 20; attempt++) {
    status = await page.evaluate(async (body) => {
      const response = await fetch('/api/__mock/control', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ failures: body }),
      });
      return response.status;
    }, failures);
    if (status !== 404) break;
    bypassed += 1;
    await page.waitForTimeout(250);
  }
  if (status !== 200) throw new Error(`The mock refused the planned failures: HTTP ${status}`);
  // Each bypassed attempt leaves one "404" console error: callers that check the console allow exactly these.
  return { bypassed };
}

/** What the insurer's server lists on its demo route: each submission's state and its Abrufcode. */
export type ServerSubmission = { reference: string; status: string; abrufcode: string };

/** The submissions the real server has stored, from its demo-only list (the page's own origin). */
export async function serverSubmissions(page: Page): Promise<ServerSubmission[]> {
  return page.evaluate(async () => {
    const response = await fetch('/api/__mock/submissions', { cache: 'no-store' });
    if (!response.ok) throw new Error(`The server did not list its submissions: HTTP ${response.status}`);
    const body = (await response.json()) as { submissions: ServerSubmission[] };
    return body.submissions.map(({ reference, status, abrufcode }) => ({ reference, status, abrufcode }));
  });
}

/**
 * The references the insurer has stored. The msw mock (a page with a service worker) keeps them in its own
 * IndexedDB database, read directly; the real server lists them on its demo route.
 */
export async function mockSubmissionReferences(page: Page): Promise<string[]> {
  const mock = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration()) !== undefined,
  );
  if (!mock) return (await serverSubmissions(page)).map((submission) => submission.reference);
  return page.evaluate(async (name) => {
    if (!(await indexedDB.databases()).some((info) => info.name === name)) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    try {
      return await new Promise<string[]>((resolve, reject) => {
        const request = db.transaction('submissions', 'readonly').objectStore('submissions').getAllKeys();
        request.onsuccess = () => resolve(request.result.map(String));
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
    } finally {
      db.close();
    }
  }, mockInsurerDatabaseName);
}
