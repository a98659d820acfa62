import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetSubmissionStore, submissionStore } from '../../../mocks/store/current-submission-store';
import { renderApp } from '../render-app';
import { exportFile, openStore, readInExport, startDeviceWizard } from './draft-safety-support';
import { readyFamily, serveFont } from './send-support';
import { endWizardSession, startWizard } from './start-wizard';

beforeEach(() => {
  resetSubmissionStore();
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => {
  endWizardSession();
  vi.unstubAllGlobals();
});

const sentHeading = { level: 1, name: 'Antrag gesendet' } as const;

/** The ready family's draft as an export file, always with the same draft id (and so the same application id). */
const readyExport = () => {
  const family = readyFamily();
  return exportFile({ id: 'family-draft', year: family.year, answers: family.answers });
};

/** Reads the ready family in (the wizard runs for the year before) and sends it from "Antrag senden". */
async function readInAndSend(
  user: ReturnType<typeof userEvent.setup>,
  router: { navigate: (path: string) => Promise<void> },
) {
  serveFont();
  await readInExport(user, (path) => router.navigate(path), await readyExport());
  await screen.findByText('Befreiung von Zuzahlungen für das Jahr 2026', {}, { timeout: 5_000 });
  await router.navigate('/antrag/absenden');
  await user.click(await screen.findByRole('button', { name: 'Jetzt senden' }, { timeout: 20_000 }));
}

describe('One draft, one application', () => {
  it('makes a sent draft read-only, refuses to read in a copy of it, and offers a further application', async () => {
    const user = userEvent.setup();
    const { router } = await startWizard(user, 2025);
    await readInAndSend(user, router);
    await screen.findByRole('heading', sentHeading, { timeout: 15_000 });
    const [sent] = await submissionStore().listSubmissions();

    // Every wizard page of the sent draft shows one notice instead of its form.
    await router.navigate('/antrag/persoenliche-angaben/name');
    await screen.findByRole('heading', { level: 1, name: 'Dieser Antrag wurde gesendet' });
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`Ihr Antrag mit dem Aktenzeichen ${sent!.reference}`)),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Bestätigung' })).toHaveAttribute(
      'href',
      '/antrag/bestaetigung',
    );
    expect(screen.getByRole('link', { name: 'Bearbeitungsstand ansehen' })).toHaveAttribute(
      'href',
      '/antrag/status',
    );
    await router.navigate('/antrag/haushalt');
    await screen.findByRole('heading', { level: 1, name: 'Dieser Antrag wurde gesendet' });

    // A copy of the sent draft is not taken in as a new draft.
    await readInExport(user, (path) => router.navigate(path), await readyExport());
    const summary = await screen.findByRole(
      'alert',
      { name: 'Bitte korrigieren Sie Folgendes' },
      { timeout: 5_000 },
    );
    expect(summary).toHaveTextContent('Diesen Antrag haben Sie von diesem Gerät aus schon gesendet');
    expect((await openStore().listDrafts()).map((draft) => draft.id)).toEqual([
      'family-draft',
      expect.any(String),
    ]);

    // The explicit way: a new draft, a new application id, referring to the earlier reference.
    await router.navigate('/antrag');
    await user.click(await screen.findByRole('button', { name: 'Weiteren Antrag stellen' }));
    const banner = await screen.findByRole('region', { name: 'Weiterer Antrag' });
    expect(banner).toHaveTextContent(sent!.reference);
    const drafts = await openStore().listDrafts();
    const further = drafts.find((draft) => draft.year === 2026 && draft.id !== 'family-draft');
    expect(further?.submission).toBeUndefined();
    await router.navigate('/antrag/persoenliche-angaben/name');
    expect(await screen.findByRole('textbox', { name: /Vorname/ })).toBeInTheDocument();
    expect(await submissionStore().listSubmissions()).toHaveLength(1);
  });

  it('sends one application when two tabs send the same draft at the same moment', async () => {
    const user = userEvent.setup();
    serveFont();
    const first = await startDeviceWizard(user, 2025);
    await readInExport(user, (path) => first.router.navigate(path), await readyExport());
    await screen.findByText('Befreiung von Zuzahlungen für das Jahr 2026', {}, { timeout: 5_000 });
    cleanup();

    // Two tabs on the same drafts database, both on "Antrag senden" with their own bundle built.
    const tabs = [renderApp('/antrag/absenden'), renderApp('/antrag/absenden')];
    const buttons = await Promise.all(
      tabs.map(({ container }) =>
        within(container).findByRole('button', { name: 'Jetzt senden' }, { timeout: 20_000 }),
      ),
    );
    // Both clicks land before either tab has stored anything.
    buttons.forEach((button) => button.click());
    await Promise.all(
      tabs.map(({ container }) => within(container).findByRole('heading', sentHeading, { timeout: 20_000 })),
    );
    expect(await submissionStore().listSubmissions()).toHaveLength(1);
  });

  it('does not make a second application when a read-in copy of a draft sent elsewhere is sent again', async () => {
    const user = userEvent.setup();
    const first = await startWizard(user, 2025);
    await readInAndSend(user, first.router);
    await screen.findByRole('heading', sentHeading, { timeout: 15_000 });
    expect(await submissionStore().listSubmissions()).toHaveLength(1);
    endWizardSession();
    cleanup();

    // Another device: it knows nothing of the receipt, so only the insurer can tell (same application id).
    const second = await startWizard(user, 2025);
    await readInAndSend(user, second.router);
    await screen.findByRole('alert', {}, { timeout: 30_000 });
    expect(screen.queryByRole('heading', sentHeading)).not.toBeInTheDocument();
    expect(await submissionStore().listSubmissions()).toHaveLength(1);
  }, 60_000);
});
