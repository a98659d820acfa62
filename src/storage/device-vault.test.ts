import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeviceVault, deleteAllDeviceData, openDeviceVault, type VaultState } from './device-vault';
import { draftDatabaseName, keyringKey } from './draft-db';
import type { DraftStore } from './draft-store';
import { changeRecord, readAllRecords } from './stored-records.test-support';

const now = '2026-03-01T09:00:00.000Z';
const fast = { testOnlyIterations: 1000 };

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function databaseNames(): Promise<(string | undefined)[]> {
  return (await indexedDB.databases()).map((database) => database.name);
}

function expectState<S extends VaultState['state']>(
  vault: VaultState,
  state: S,
): Extract<VaultState, { state: S }> {
  expect(vault.state).toBe(state);
  return vault as Extract<VaultState, { state: S }>;
}

async function keyringRecord(): Promise<Record<string, unknown>> {
  const record = (await readAllRecords()).find((entry) => entry.store === 'keyring');
  return record!.value as Record<string, unknown>;
}

describe('openDeviceVault', () => {
  it('finds nothing on a fresh device and creates no database while looking (no storage before consent)', async () => {
    const open = vi.spyOn(indexedDB, 'open');
    expect(await openDeviceVault()).toEqual({ state: 'empty' });
    expect(open).not.toHaveBeenCalled();
    expect(await databaseNames()).toEqual([]);
  });

  it('cleans up after itself where the browser cannot list databases', async () => {
    Object.defineProperty(indexedDB, 'databases', { value: undefined });
    expect(await openDeviceVault()).toEqual({ state: 'empty' });
    expect(await IDBFactory.prototype.databases.call(indexedDB)).toEqual([]);
  });

  it('opens the drafts of a device-key vault without asking anything (option B)', async () => {
    const created = await createDeviceVault();
    await created.saveDraft({ id: 'd1', year: 2026, schemaVersion: 1, content: { a: 1 } }, now);
    const { store } = expectState(await openDeviceVault(), 'ready');
    expect(await store.loadDraft('d1')).toMatchObject({ ok: true, content: { a: 1 } });
  });

  it('keeps the device key as a non-extractable CryptoKey, not as bytes', async () => {
    await createDeviceVault();
    const record = await keyringRecord();
    expect(record.kind).toBe('device');
    const key = record.key as CryptoKey;
    expect(key).toBeInstanceOf(CryptoKey);
    expect(key.extractable).toBe(false);
    expect([...key.usages].sort()).toEqual(['decrypt', 'encrypt']);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('is damaged, not empty, when the keyring cannot be read', async () => {
    await createDeviceVault();
    await changeRecord('keyring', keyringKey, (record) => ({ ...record, key: 'kaputt' }));
    expect(await openDeviceVault()).toEqual({ state: 'damaged' });
  });
});

describe('passphrase vault (option A)', () => {
  it('is locked until the right passphrase is given; a wrong one is told apart', async () => {
    const created = await createDeviceVault({ passphrase: 'Apfel Birne Quitte', ...fast });
    await created.saveDraft({ id: 'd1', year: 2026, schemaVersion: 1, content: { geheim: true } }, now);
    const locked = expectState(await openDeviceVault(), 'locked');
    expect(await locked.unlock('Apfel Birne Quitten')).toEqual({ ok: false, reason: 'wrongPassphrase' });
    const unlocked = await locked.unlock('Apfel Birne Quitte');
    expect(unlocked.ok).toBe(true);
    const store = (unlocked as { store: DraftStore }).store;
    expect(await store.loadDraft('d1')).toMatchObject({ ok: true, content: { geheim: true } });
  });

  it('stores neither the passphrase nor the key, only PBKDF2 parameters, a 16-byte salt and a verifier', async () => {
    await createDeviceVault({ passphrase: 'Apfel Birne Quitte', ...fast });
    const record = await keyringRecord();
    expect(Object.keys(record).sort()).toEqual(
      [
        'formatVersion',
        'hash',
        'iterations',
        'kdf',
        'kind',
        'salt',
        'verifierCiphertext',
        'verifierIv',
      ].sort(),
    );
    expect(record).toMatchObject({ kind: 'passphrase', kdf: 'PBKDF2', hash: 'SHA-256', iterations: 1000 });
    expect((record.salt as Uint8Array).byteLength).toBe(16);
    expect(JSON.stringify(record)).not.toContain('Apfel');
  });

  it('uses 600,000 iterations unless a test asks for fewer', async () => {
    await createDeviceVault({ passphrase: 'lang genug' });
    expect((await keyringRecord()).iterations).toBe(600_000);
    const locked = expectState(await openDeviceVault(), 'locked');
    expect((await locked.unlock('lang genug')).ok).toBe(true);
  });

  it('refuses an empty passphrase', async () => {
    await expect(createDeviceVault({ passphrase: '' })).rejects.toThrow(RangeError);
  });
});

describe('createDeviceVault', () => {
  it('refuses to replace an existing keyring', async () => {
    const first = await createDeviceVault();
    await first.saveDraft({ id: 'd1', year: 2026, schemaVersion: 1, content: 1 }, now);
    await expect(createDeviceVault()).rejects.toMatchObject({ name: 'StorageError', code: 'exists' });
    const { store } = expectState(await openDeviceVault(), 'ready');
    expect(await store.loadDraft('d1')).toMatchObject({ ok: true, content: 1 });
  });
});

describe('deleteAllDeviceData', () => {
  it('removes the whole database, so the browser no longer lists it', async () => {
    const store = await createDeviceVault({ passphrase: 'x', ...fast });
    await store.saveDraft({ id: 'd1', year: 2026, schemaVersion: 1, content: {} }, now);
    expect(await databaseNames()).toEqual([draftDatabaseName]);
    await deleteAllDeviceData();
    expect(await databaseNames()).toEqual([]);
    expect(await openDeviceVault()).toEqual({ state: 'empty' });
  });

  it('reports "locked" while a connection that will not close holds the database, and finishes once it closes', async () => {
    await createDeviceVault();
    const stubborn = await new Promise<IDBDatabase>((resolve) => {
      indexedDB.open(draftDatabaseName).onsuccess = (event) =>
        resolve((event.target as IDBOpenDBRequest).result);
    });
    await expect(deleteAllDeviceData()).rejects.toMatchObject({ code: 'locked' });
    stubborn.close();
    await vi.waitFor(async () => expect(await databaseNames()).toEqual([]));
  });
});
