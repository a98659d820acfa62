import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { StorageError, guardStorage, toStorageError } from './storage-error';

export const draftDatabaseName = 'zb-entwuerfe';
// 2: the pending submission and its receipt (ADR 0010).
// 3: the year index no longer unique: a sent draft and a further application share the year (ADR 0016).
// 4: the bundle as sent, kept with its draft after the receipt (issue 11: the confirmation offers those bytes).
export const draftDatabaseVersion = 4;
export const keyringKey = 'keyring';

/*
 * Records hold ids, the year (plaintext: one draft per year), dates, the schema version and ciphertext.
 * Everything personal, including file names and types, is inside the ciphertext.
 */

export interface DeviceKeyringRecord {
  kind: 'device';
  formatVersion: 1;
  /** Non-extractable CryptoKey, kept by structured clone (W3C WebCrypto key storage). */
  key: CryptoKey;
}

export interface PassphraseKeyringRecord {
  kind: 'passphrase';
  formatVersion: 1;
  kdf: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  salt: Uint8Array;
  /** A small ciphertext of a known value: decrypting it tells a wrong passphrase from a right one. */
  verifierIv: Uint8Array;
  verifierCiphertext: Uint8Array;
}

export type KeyringRecord = DeviceKeyringRecord | PassphraseKeyringRecord;

export interface DraftRecord {
  id: string;
  year: number;
  schemaVersion: number;
  updatedAt: string;
  expiresAt: string;
  iv: Uint8Array;
  ciphertext: Uint8Array;
  byteSize: number;
}

export interface FileRecord {
  /** [draftId, fileId]: file ids need only be unique within their draft. */
  id: [string, string];
  draftId: string;
  fileId: string;
  /** Name, type, size and date, encrypted apart from the contents so a listing decrypts only these. */
  metaIv: Uint8Array;
  metaCiphertext: Uint8Array;
  iv: Uint8Array;
  ciphertext: Uint8Array;
  byteSize: number;
}

/** The bundle built for sending and its idempotency key, kept until the insurer confirms (ADR 0010). */
export interface PendingSubmissionRecord {
  draftId: string;
  year: number;
  createdAt: string;
  /** The idempotency key (and the date again), encrypted apart from the bytes. */
  metaIv: Uint8Array;
  metaCiphertext: Uint8Array;
  iv: Uint8Array;
  ciphertext: Uint8Array;
  byteSize: number;
}

/**
 * The bundle exactly as it was sent, moved here from the pending record when the receipt arrives: the
 * confirmation offers these bytes (and the Antrag PDF inside them), never a copy rebuilt from the draft. Encrypted
 * under the drafts' key, bound to the draft and the reference; it goes with its draft, unlike the receipt.
 */
export interface SentBundleRecord {
  draftId: string;
  iv: Uint8Array;
  ciphertext: Uint8Array;
  byteSize: number;
}

/** The insurer's receipt as the app uses it: a reference, a hash, dates and the Abrufcode. */
export interface SubmissionReceiptRecord {
  draftId: string;
  year: number;
  reference: string;
  manifestSha256: string;
  receivedAt: string;
  /**
   * With the reference, opens the status on any device: a secret like a password. Missing in receipts kept
   * before the insurer issued codes; the status page then asks for it.
   */
  abrufcode?: string;
}

/**
 * The receipt as stored: reference, hash and dates are nothing personal and stay plaintext (the app lists them
 * without the key); the Abrufcode is encrypted apart, bound to the draft and the reference.
 */
export interface StoredSubmissionReceiptRecord extends Omit<SubmissionReceiptRecord, 'abrufcode'> {
  codeIv?: Uint8Array;
  codeCiphertext?: Uint8Array;
}

export interface DraftDbSchema extends DBSchema {
  keyring: { key: string; value: KeyringRecord };
  drafts: { key: string; value: DraftRecord; indexes: { year: number } };
  files: { key: [string, string]; value: FileRecord; indexes: { draftId: string } };
  pendingSubmissions: { key: string; value: PendingSubmissionRecord };
  submissionReceipts: { key: string; value: StoredSubmissionReceiptRecord };
  sentBundles: { key: string; value: SentBundleRecord };
}

export type DraftDb = IDBPDatabase<DraftDbSchema>;

/**
 * Opens (and on first use creates) the database. The connection closes itself when another tab or
 * deleteAllDeviceData wants to delete or upgrade the database; later calls on it fail as 'unavailable'.
 */
export async function openDraftDb(): Promise<{ db: DraftDb; created: boolean }> {
  if (typeof indexedDB === 'undefined') {
    throw new StorageError('unavailable', 'This browser offers no IndexedDB.');
  }
  let created = false;
  const db = await guardStorage(
    () =>
      new Promise<DraftDb>((resolve, reject) => {
        let blocked = false;
        openDB<DraftDbSchema>(draftDatabaseName, draftDatabaseVersion, {
          upgrade(database, oldVersion, _newVersion, transaction) {
            if (oldVersion < 1) {
              created = true;
              database.createObjectStore('keyring');
              database.createObjectStore('drafts', { keyPath: 'id' });
              database.createObjectStore('files', { keyPath: 'id' }).createIndex('draftId', 'draftId');
            }
            if (oldVersion < 2) {
              database.createObjectStore('pendingSubmissions', { keyPath: 'draftId' });
              database.createObjectStore('submissionReceipts', { keyPath: 'draftId' });
            }
            if (oldVersion < 3) {
              // One draft in progress per year is now the store's rule (it knows which drafts were sent).
              const drafts = transaction.objectStore('drafts');
              if (drafts.indexNames.contains('year')) drafts.deleteIndex('year');
              drafts.createIndex('year', 'year', { unique: false });
            }
            if (oldVersion < 4) database.createObjectStore('sentBundles', { keyPath: 'draftId' });
          },
          blocked() {
            blocked = true;
            reject(new StorageError('locked', 'Another tab holds an older version of the drafts open.'));
          },
          blocking(_current, _blockedVersion, event) {
            (event.target as IDBDatabase).close();
          },
        }).then((database) => (blocked ? database.close() : resolve(database)), reject);
      }),
  );
  return { db, created };
}

/** Deletes the whole database; every connection of ours closes itself on the versionchange this sends. */
export function deleteDraftDb(): Promise<void> {
  if (typeof indexedDB === 'undefined') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(draftDatabaseName);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(toStorageError(request.error));
    // The deletion still happens once the other connection closes; the UI can say to close other tabs.
    request.onblocked = () => reject(new StorageError('locked', 'Another tab keeps the drafts open.'));
  });
}

/** Whether the database may exist, without opening (and so creating) it when the browser can tell. */
export async function draftDbMayExist(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  if (typeof indexedDB.databases !== 'function') return true;
  try {
    const databases = await indexedDB.databases();
    return databases.some((database) => database.name === draftDatabaseName);
  } catch {
    return true;
  }
}
