import 'fake-indexeddb/auto';
import { act, screen } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startDeviceSession } from '../../../src/features/antrag/draft/draft-session';
import type * as deviceVault from '../../../src/storage/device-vault';
import { renderApp } from '../render-app';
import { endWizardSession } from './start-wizard';

beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));
afterEach(() => {
  vi.useRealTimers();
  endWizardSession();
  vi.unstubAllGlobals();
});

const minute = 60_000;

// After the lock the gate opens the vault again. Under jsdom the keyring's byte arrays come back from
// fake-indexeddb from another realm (instanceof fails), so the reopened vault answers as a browser does:
// locked, asking for the passphrase.
vi.mock('../../../src/storage/device-vault', async (original) => ({
  ...(await original<typeof deviceVault>()),
  openDeviceVault: () => Promise.resolve({ state: 'locked', unlock: () => Promise.resolve({ ok: false }) }),
}));

describe('A passphrase-protected draft left alone', () => {
  it('warns before it locks, and after 15 idle minutes asks for the passphrase again, saying why', async () => {
    await startDeviceSession('Tulpe Fahrrad Ostsee');
    // Only the timers are faked (moving on with real time too), so IndexedDB and the page's rendering run as usual.
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    renderApp('/antrag/jahr');
    // The year question itself, not the loading page before it: the idle timers start with the wizard.
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Für welches Jahr beantragen Sie die Befreiung?' },
      { timeout: 5_000 },
    );
    expect(screen.queryByRole('button', { name: 'Weiter bearbeiten' })).not.toBeInTheDocument();
    // React runs the page's effects (which start the idle timers) before any time passes.
    await act(async () => {});

    act(() => vi.advanceTimersByTime(13 * minute));
    expect(await screen.findByRole('button', { name: 'Weiter bearbeiten' })).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Ihr Entwurf wird bald gesperrt' })).toBeInTheDocument();

    act(() => vi.advanceTimersByTime(2 * minute));
    await screen.findByRole('region', { name: 'Ihr Entwurf wurde gesperrt' }, { timeout: 5_000 });
    expect(screen.getByRole('heading', { level: 1, name: 'Entwürfe entsperren' })).toBeInTheDocument();
  });
});
