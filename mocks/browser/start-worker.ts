import { setupWorker } from 'msw/browser';
import { handlers } from '../handlers/handlers';
import { setSubmissionStore } from '../store/current-submission-store';
import { createIdbSubmissionStore } from '../store/idb-submission-store';

export async function startWorker(): Promise<void> {
  // The insurer's server keeps what it received across reloads and tabs; the Node test server keeps it in memory.
  setSubmissionStore(createIdbSubmissionStore());
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    // Only the API is the insurer's: assets and pages go to the real server untouched.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
