import { describe, inject, it } from 'vitest';
import { sendDespiteFailures } from './support/send';
import { sharedBrowser } from './support/shared-browser';

// The same journey as against the server (submission.e2e.test.ts), against the static demo build whose msw mock
// insurer answers from a service worker: the twin of the server stays exercised in a browser, failure switch and
// all.

const origin = inject('demoUrl');
const browser = sharedBrowser();

describe('Antrag senden to the msw demo’s mock insurer', () => {
  it('sends once although the first two attempts fail (network, then 503), and says so on the way', async () => {
    await sendDespiteFailures(browser(), origin);
  });
});
