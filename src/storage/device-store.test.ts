import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeviceVault, deleteAllDeviceData } from './device-vault';
import type { DraftStore } from './draft-store';
import { StorageError } from './storage-error';
import { changeRecord, deleteRecord, flipBit, readAllRecords, textsIn } from './stored-records.test-support';

const now = '2026-03-01T09:00:00.000Z';
const canaries = [
  'CANARY-DIAG-7f3a',
  'A123456789',
  'CANARY-NAME-91c2',
  'CANARY-TYPE-0b7e',
  'CANARY-BYTES-55d0',
];

let store: DraftStore;

beforeEach(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  store = await createDeviceVault();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function saveCanaryDraft(): Promise<void> {
  const content = { diagnose: 'CANARY-DIAG-7f3a', kvnr: 'A123456789', einnahmen: [{ brutto: 1_234_567 }] };
  await store.saveDraft({ id: 'd1', year: 2026, schemaVersion: 1, content }, now);
  const bytes = new TextEncoder().encode('%PDF-1.7 Quittung CANARY-BYTES-55d0 Apotheke');
  const file = {
    id: 'f1',
    name: 'CANARY-NAME-91c2.pdf',
    type: 'CANARY-TYPE-0b7e',
    size: bytes.length,
    addedAt: now,
  };
  await store.saveFile('d1', { ...file, bytes }, now);
}

describe('device store at rest', () => {
  it('keeps no plaintext canary in any record of any store, the keyring included', async () => {
    await saveCanaryDraft();
    const records = await readAllRecords();
    expect(new Set(records.map((record) => record.store))).toEqual(new Set(['keyring', 'drafts', 'files']));
    const texts = records.flatMap((record) => [...textsIn(record.key), ...textsIn(record.value)]);
    for (const canary of canaries) {
      expect(texts.filter((text) => text.includes(canary))).toEqual([]);
    }
    // The scan itself finds a canary when one is there, so the check above can fail.
    expect(textsIn({ bytes: new TextEncoder().encode('xx CANARY-BYTES-55d0 yy') }).join()).toContain(
      'CANARY-BYTES-55d0',
    );
    // And the store still gives everything back.
    const loaded = await store.loadFile('d1', 'f1');
    expect(loaded.ok && loaded.file.name).toBe('CANARY-NAME-91c2.pdf');
  });

  it('reports a draft with a tampered ciphertext as undecryptable, keeps listing it and does not delete it', async () => {
    await saveCanaryDraft();
    await changeRecord('drafts', 'd1', (record) => ({
      ...record,
      ciphertext: flipBit(record.ciphertext as Uint8Array, 7),
    }));
    expect(await store.loadDraft('d1')).toEqual({ ok: false, id: 'd1', year: 2026, reason: 'undecryptable' });
    expect((await store.listDrafts()).map((draft) => draft.id)).toEqual(['d1']);
    expect(await store.loadDraft('d1')).toMatchObject({ ok: false, reason: 'undecryptable' });
  });

  it('notices a plaintext year or schema version changed on disk', async () => {
    await saveCanaryDraft();
    await changeRecord('drafts', 'd1', (record) => ({ ...record, year: 2025 }));
    expect(await store.loadDraft('d1')).toMatchObject({ ok: false, year: 2025, reason: 'undecryptable' });
    await changeRecord('drafts', 'd1', (record) => ({ ...record, year: 2026, schemaVersion: 2 }));
    expect(await store.loadDraft('d1')).toMatchObject({ ok: false, reason: 'undecryptable' });
  });

  it('reports a file with tampered metadata or contents, in the listing and on loading', async () => {
    await saveCanaryDraft();
    await changeRecord('files', ['d1', 'f1'], (record) => ({
      ...record,
      metaCiphertext: flipBit(record.metaCiphertext as Uint8Array),
    }));
    expect(await store.listFiles('d1')).toEqual([{ ok: false, id: 'f1', reason: 'undecryptable' }]);
    expect(await store.loadFile('d1', 'f1')).toEqual({
      ok: false,
      draftId: 'd1',
      fileId: 'f1',
      reason: 'undecryptable',
    });
  });

  it('cannot be fooled by swapping a file body into another file', async () => {
    await saveCanaryDraft();
    const other = {
      id: 'f2',
      name: 'b.jpg',
      type: 'image/jpeg',
      size: 1,
      addedAt: now,
      bytes: new Uint8Array([9]),
    };
    await store.saveFile('d1', other, now);
    const [first] = (await readAllRecords()).filter((record) => record.store === 'files');
    const body = first!.value as { iv: Uint8Array; ciphertext: Uint8Array };
    await changeRecord('files', ['d1', 'f2'], (record) => ({
      ...record,
      iv: body.iv,
      ciphertext: body.ciphertext,
    }));
    expect(await store.loadFile('d1', 'f2')).toMatchObject({ ok: false, reason: 'undecryptable' });
  });

  it('lists files by decrypting only their metadata', async () => {
    await saveCanaryDraft();
    const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
    await store.listFiles('d1');
    expect(decrypt).toHaveBeenCalledTimes(1);
    expect((decrypt.mock.calls[0]![2] as Uint8Array).byteLength).toBeLessThan(200);
  });
});

describe('device store sweep', () => {
  it('also removes files whose draft record is gone, which would otherwise never expire', async () => {
    await saveCanaryDraft();
    await deleteRecord('drafts', 'd1');
    expect(await store.sweepExpired(now)).toBe(0);
    expect((await readAllRecords()).filter((record) => record.store === 'files')).toEqual([]);
  });
});

describe('device store failures', () => {
  it('surfaces a full device as StorageError "quota" and leaves the stored draft as it was', async () => {
    await store.saveDraft({ id: 'd1', year: 2026, schemaVersion: 1, content: { v: 1 } }, now);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = store.saveDraft({ id: 'd1', year: 2026, schemaVersion: 1, content: { v: 2 } }, now);
    await expect(failure).rejects.toBeInstanceOf(StorageError);
    await expect(failure).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await store.loadDraft('d1')).toMatchObject({ ok: true, content: { v: 1 } });
  });

  it('writes a file and the draft expiry together or not at all', async () => {
    await store.saveDraft({ id: 'd1', year: 2026, schemaVersion: 1, content: {} }, now);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      calls += 1;
      if (calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const bytes = new Uint8Array([1]);
    const file = { id: 'f1', name: 'a.jpg', type: 'image/jpeg', size: 1, addedAt: now, bytes };
    await expect(store.saveFile('d1', file, '2026-05-01T00:00:00.000Z')).rejects.toMatchObject({
      code: 'quota',
    });
    vi.restoreAllMocks();
    expect(calls).toBe(2);
    expect(await store.listFiles('d1')).toEqual([]);
    expect((await store.listDrafts())[0]!.updatedAt).toBe(now);
  });

  it('fails as "unavailable" once all device data was deleted, instead of writing a fresh database', async () => {
    await store.saveDraft({ id: 'd1', year: 2026, schemaVersion: 1, content: {} }, now);
    await deleteAllDeviceData();
    await expect(store.listDrafts()).rejects.toMatchObject({ name: 'StorageError', code: 'unavailable' });
    await expect(
      store.saveDraft({ id: 'd1', year: 2026, schemaVersion: 1, content: {} }, now),
    ).rejects.toMatchObject({ code: 'unavailable' });
    expect(await indexedDB.databases()).toEqual([]);
  });
});
