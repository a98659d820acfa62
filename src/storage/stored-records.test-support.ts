import { openDB } from 'idb';
import { draftDatabaseName } from './draft-db';

/*
 * Tests only: the draft database as the browser holds it, bypassing the store, to look for plaintext and to
 * damage records on purpose.
 */

export interface RawRecord {
  store: string;
  key: IDBValidKey;
  value: unknown;
}

export async function readAllRecords(): Promise<RawRecord[]> {
  const db = await openDB(draftDatabaseName);
  try {
    const records: RawRecord[] = [];
    for (const store of db.objectStoreNames) {
      const [keys, values] = await Promise.all([db.getAllKeys(store), db.getAll(store)]);
      keys.forEach((key, index) => records.push({ store, key, value: values[index] }));
    }
    return records;
  } finally {
    db.close();
  }
}

export async function changeRecord(
  store: string,
  key: IDBValidKey,
  change: (value: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  const db = await openDB(draftDatabaseName);
  try {
    const value = (await db.get(store, key)) as Record<string, unknown>;
    // Stores with a keyPath take the key from the value; the keyring store takes it apart.
    if (db.transaction(store).store.keyPath === null) await db.put(store, change(value), key);
    else await db.put(store, change(value));
  } finally {
    db.close();
  }
}

export async function deleteRecord(store: string, key: IDBValidKey): Promise<void> {
  const db = await openDB(draftDatabaseName);
  try {
    await db.delete(store, key);
  } finally {
    db.close();
  }
}

/** Every string in a value and every byte array read as UTF-8 and Latin-1, recursively. */
export function textsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
    const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer);
    return [new TextDecoder('utf-8').decode(bytes), new TextDecoder('latin1').decode(bytes)];
  }
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...textsIn(inner)]);
  }
  return [String(value)];
}

export function flipBit(bytes: Uint8Array, index = 0): Uint8Array {
  const copy = bytes.slice();
  copy[index % copy.byteLength] = (copy[index % copy.byteLength] ?? 0) ^ 1;
  return copy;
}
