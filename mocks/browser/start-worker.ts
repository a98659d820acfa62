import { setupWorker } from 'msw/browser';
import { handlers } from '../handlers/handlers';

export async function startWorker(): Promise<void> {
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    // Only the API is the insurer's: assets and pages go to the real server untouched.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
