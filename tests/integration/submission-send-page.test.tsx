import { randomUUID } from 'node:crypto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planFailures } from '../../mocks/control/failure-switch';
import { server } from '../../mocks/node/server';
import { resetSubmissionStore, submissionStore } from '../../mocks/store/current-submission-store';
import { readApplicationBundle } from '../../src/documents/bundle/application-document-check';
import { openSendPage } from './antrag/send-support';
import { endWizardSession } from './antrag/start-wizard';

// The send page's timeout: small for the stalled attempt, generous otherwise (a test must not
// wait minutes, and a busy machine must not turn a good answer into a timeout).
const timeout = vi.hoisted(() => ({ baseMs: 60_000, perMegabyteMs: 0 }));
vi.mock('../../src/features/antrag/absenden/send-timeout', () => ({ sendTimeout: timeout }));

/** The Idempotency-Key of every upload the app makes, in order. */
function recordUploads(): { keys: string[]; stop(): void } {
  const keys: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname === '/api/v1/submissions')
      keys.push(request.headers.get('Idempotency-Key') ?? '(none)');
  };
  server.events.on('request:start', listener);
  return { keys, stop: () => server.events.removeListener('request:start', listener) };
}

let uploads: ReturnType<typeof recordUploads>;
beforeEach(async () => {
  timeout.baseMs = 60_000;
  await resetSubmissionStore();
  uploads = recordUploads();
});
afterEach(() => {
  uploads.stop();
  endWizardSession();
});

describe('Antrag senden: an upload that stalls', () => {
  it('ends with a clear message, and "Erneut senden" sends the same key: one application', async () => {
    const user = userEvent.setup();
    await openSendPage(user);
    planFailures('submission', 1, 'stall');
    timeout.baseMs = 200;
    await user.click(screen.getByRole('button', { name: 'Jetzt senden' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Keine Antwort der Krankenkasse');
    expect(alert).toHaveTextContent('„Erneut senden“ schickt dieselbe Datei mit derselben Kennung');
    // The prepared bundle waits, and the page says until when (30 days after it was built).
    expect(
      screen.getByText(
        /Gelingt das Senden nicht bis zum \d+\. \w+ \d{4}, wird der vorbereitete Antrag gelöscht/,
      ),
    ).toBeInTheDocument();
    // Nothing more goes out by itself after a timeout.
    expect(uploads.keys).toHaveLength(1);
    expect(await submissionStore().listSubmissions()).toEqual([]);

    timeout.baseMs = 60_000;
    await user.click(screen.getByRole('button', { name: 'Erneut senden' }));
    await screen.findByRole('heading', { level: 1, name: 'Antrag gesendet' }, { timeout: 15_000 });
    expect(uploads.keys).toHaveLength(2);
    expect(uploads.keys[1]).toBe(uploads.keys[0]);
    expect(await submissionStore().listSubmissions()).toHaveLength(1);
  });
});

describe('Antrag senden: the application is already at the insurer', () => {
  it('says so plainly with what to do, offers no sending, and never resends by itself', async () => {
    const user = userEvent.setup();
    const { router } = await openSendPage(user);
    // Another device sent this application first (a copy of the draft, another key): the mock stores it just
    // before this upload arrives, then answers the upload itself.
    server.use(
      http.post(
        '*/api/v1/submissions',
        async ({ request }) => {
          const bundle = new Uint8Array(await request.clone().arrayBuffer());
          const read = readApplicationBundle(bundle);
          if (!read.ok) throw new Error('the app built a bundle the reader refuses');
          const otherKey = randomUUID();
          const store = submissionStore();
          await store.claimKey(otherKey, 'the other device', Date.now());
          await store.storeSubmission(otherKey, {
            year: read.application.year,
            applicationId: read.application.applicationId,
            receivedAt: new Date().toISOString(),
            manifestSha256: 'ab'.repeat(32),
            bundle,
          });
          return undefined;
        },
        { once: true },
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Jetzt senden' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dieser Antrag wurde schon gesendet');
    expect(alert).toHaveTextContent('auf der Bestätigung vom ersten Senden');
    const [first] = await submissionStore().listSubmissions();
    // The first sender's reference is not shown here: this device never got it.
    expect(alert).not.toHaveTextContent(first!.reference);
    expect(within(alert).getByRole('link', { name: 'Bearbeitungsstand abfragen' })).toHaveAttribute(
      'href',
      '/status',
    );
    expect(within(alert).getByRole('link', { name: 'Entwürfe verwalten' })).toHaveAttribute(
      'href',
      '/antrag/entwuerfe',
    );
    expect(screen.queryByRole('button', { name: /senden/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Das wird gesendet' })).not.toBeInTheDocument();
    expect(uploads.keys).toHaveLength(1);
    expect(await submissionStore().listSubmissions()).toHaveLength(1);

    // Coming back to the page resumes nothing: the refused bytes and their key were dropped.
    await router.navigate('/antrag/pruefen');
    await screen.findByRole('heading', { level: 1, name: 'Angaben prüfen' });
    await router.navigate('/antrag/absenden');
    await screen.findByRole('button', { name: 'Jetzt senden' }, { timeout: 20_000 });
    expect(screen.queryByText('Ihr Antrag wird weiter gesendet')).not.toBeInTheDocument();
    expect(uploads.keys).toHaveLength(1);
  });
});
