import { createDeviceVault, deleteAllDeviceData, openDeviceVault } from '../../../storage/device-vault';
import type { DraftStore } from '../../../storage/draft-store';
import { forgetStorageChoice, readStorageChoice, saveStorageChoice } from '../../../storage/storage-choice';
import { toStorageError, type StorageErrorCode } from '../../../storage/storage-error';

// The open store lives as long as the page: leaving the wizard for the help or legal pages and coming back must
// neither ask for the passphrase again nor lose a "this visit only" draft. A reload ends it, by design.
type Session = { store: DraftStore; passphraseProtected: boolean; currentDraftId?: string };
let session: Session | undefined;

export type Gate =
  | { phase: 'loading' }
  | { phase: 'noChoice' }
  | { phase: 'visitLost' }
  | { phase: 'setup' }
  | { phase: 'locked'; unlock: (passphrase: string) => Promise<boolean> }
  | { phase: 'damaged' }
  | { phase: 'failed'; code: StorageErrorCode }
  | { phase: 'ready'; session: Session };

export function currentSession(): Session | undefined {
  return session;
}

/** Where the wizard stands on arrival: which storage the user chose and whether it can be opened. */
export async function resolveGate(): Promise<Gate> {
  if (session) return { phase: 'ready', session };
  const choice = readStorageChoice();
  if (choice === undefined) return { phase: 'noChoice' };
  // "This visit only" lived in memory; after a reload it is gone, and the user must hear that plainly.
  if (choice === 'visit') return { phase: 'visitLost' };
  try {
    const vault = await openDeviceVault();
    switch (vault.state) {
      case 'empty':
        return { phase: 'setup' };
      case 'damaged':
        return { phase: 'damaged' };
      case 'ready':
        session = { store: vault.store, passphraseProtected: false, currentDraftId: rememberedDraft() };
        return { phase: 'ready', session };
      case 'locked':
        return {
          phase: 'locked',
          unlock: async (passphrase) => {
            const result = await vault.unlock(passphrase);
            if (!result.ok) return false;
            session = { store: result.store, passphraseProtected: true, currentDraftId: rememberedDraft() };
            return true;
          },
        };
    }
  } catch (error) {
    return { phase: 'failed', code: toStorageError(error).code };
  }
}

/**
 * "Nur für diesen Besuch": a store in memory, nothing written to the device. Its code loads with this choice, so
 * the device path to the first question does not carry it (issue 11: first page JS).
 */
export async function startVisitSession(): Promise<Session> {
  const { createMemoryStore } = await import('../../../storage/memory-store');
  saveStorageChoice('visit');
  session = { store: createMemoryStore(), passphraseProtected: false };
  return session;
}

/** "Auf diesem Gerät speichern", after the user chose whether to add a passphrase. */
export async function startDeviceSession(passphrase?: string): Promise<Session> {
  const store = await createDeviceVault(passphrase === undefined ? {} : { passphrase });
  saveStorageChoice('device');
  session = { store, passphraseProtected: passphrase !== undefined };
  return session;
}

// The draft open in this tab, so that a reload reopens the same one (not merely the latest). A random id, no
// personal data; tab-scoped like the tab it belongs to.
const currentDraftKey = 'zb.currentDraft';

export function rememberCurrentDraft(id: string | undefined): void {
  if (session) session.currentDraftId = id;
  try {
    if (id === undefined) sessionStorage.removeItem(currentDraftKey);
    else sessionStorage.setItem(currentDraftKey, id);
  } catch {
    // Without sessionStorage a reload opens the latest draft instead.
  }
}

function rememberedDraft(): string | undefined {
  try {
    return sessionStorage.getItem(currentDraftKey) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Locking drops the only reference to the key; the drafts stay encrypted on the device. */
export function lockSession(): void {
  session = undefined;
}

/** "Alle Daten löschen": the database, the key and the storage choice. The app returns to first use. */
export async function deleteEverything(): Promise<void> {
  session = undefined;
  forgetStorageChoice();
  rememberCurrentDraft(undefined);
  await deleteAllDeviceData();
}
