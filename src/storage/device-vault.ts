import { createDeviceStore } from './device-store';
import {
  deleteDraftDb,
  draftDbMayExist,
  keyringKey,
  openDraftDb,
  type DraftDb,
  type KeyringRecord,
} from './draft-db';
import type { DraftStore } from './draft-store';
import { createKeyring, readKeyring, unlockKeyring } from './keyring';
import { runInTransaction } from './idb-transaction';
import { StorageError, guardStorage } from './storage-error';

export type UnlockResult = { ok: true; store: DraftStore } | { ok: false; reason: 'wrongPassphrase' };

/**
 * The device's draft storage as found: nothing yet; open (device key, option B); locked behind a passphrase
 * (option A); or damaged (the keyring cannot be read — only deleteAllDeviceData helps).
 */
export type VaultState =
  | { state: 'empty' }
  | { state: 'ready'; store: DraftStore }
  | { state: 'locked'; unlock(passphrase: string): Promise<UnlockResult> }
  | { state: 'damaged' };

/**
 * Looks for drafts on this device. Where the browser can list databases, nothing is opened (or created) when
 * there are none, so calling this before consent stores nothing.
 */
export async function openDeviceVault(): Promise<VaultState> {
  if (!(await draftDbMayExist())) return { state: 'empty' };
  const { db, created } = await openDraftDb();
  const [stored, draftCount] = await runInTransaction(
    () => db.transaction(['keyring', 'drafts'], 'readonly'),
    async (tx) =>
      [await tx.objectStore('keyring').get(keyringKey), await tx.objectStore('drafts').count()] as const,
  ).catch((error: unknown) => {
    db.close();
    throw error;
  });
  if (stored === undefined) {
    db.close();
    if (created) await deleteDraftDb();
    // Drafts without a keyring can never be read again: say so rather than start over beside them.
    return draftCount > 0 ? { state: 'damaged' } : { state: 'empty' };
  }
  const keyring = readKeyring(stored);
  if (keyring === undefined) {
    db.close();
    return { state: 'damaged' };
  }
  if (keyring.kind === 'device')
    return { state: 'ready', store: createDeviceStore({ db, key: keyring.key }) };
  return {
    state: 'locked',
    async unlock(passphrase) {
      const key = await unlockKeyring(keyring, passphrase);
      return key
        ? { ok: true, store: createDeviceStore({ db, key }) }
        : { ok: false, reason: 'wrongPassphrase' };
    },
  };
}

export interface CreateVaultOptions {
  /** Option A: a passphrase for shared computers. Without it, option B: a device key. */
  passphrase?: string;
  /** Tests only: fewer PBKDF2 iterations than passphraseIterations, which is the default. */
  testOnlyIterations?: number;
}

/** Creates the keyring after the user opted in; refuses (StorageError 'exists') if there already is one. */
export async function createDeviceVault(options: CreateVaultOptions = {}): Promise<DraftStore> {
  const { record, key } = await createKeyring(options.passphrase, options.testOnlyIterations);
  const { db } = await openDraftDb();
  await writeKeyring(db, record).catch((error: unknown) => {
    db.close();
    throw error;
  });
  return createDeviceStore({ db, key });
}

function writeKeyring(db: DraftDb, record: KeyringRecord): Promise<void> {
  return runInTransaction(
    () => db.transaction('keyring', 'readwrite'),
    async (tx) => {
      if ((await tx.store.getKey(keyringKey)) !== undefined) {
        throw new StorageError('exists', 'Drafts are already kept on this device.');
      }
      await tx.store.put(record, keyringKey);
    },
  );
}

/**
 * "Alle Daten löschen": deletes the whole database, keyring included. Open connections (of this and other tabs)
 * close themselves; a store held by the caller fails as 'unavailable' from then on.
 */
export function deleteAllDeviceData(): Promise<void> {
  return guardStorage(deleteDraftDb);
}
