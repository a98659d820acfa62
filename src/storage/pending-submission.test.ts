import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeviceVault, openDeviceVault } from './device-vault';
import { generateDeviceKey } from './draft-crypto';
import { draftDatabaseName } from './draft-db';
import type { DraftStore } from './draft-store';
import { createMemoryStore } from './memory-store';
import type { PendingSubmission, SubmissionReceiptRecord } from './pending-submission';
import { changeRecord, flipBit, readAllRecords, textsIn } from './stored-records.test-support';

const canary = 'CANARY-BUNDLE-3e91';
const idempotencyKey = '0b6f6c1e-3f4a-4d2b-9a5e-7c1d2e3f4a5b';
const pending: PendingSubmission = {
  draftId: 'd1',
  year: 2026,
  idempotencyKey,
  bytes: new TextEncoder().encode(`PK\u0003\u0004 zb-antrag/data/quittung.pdf ${canary} Apotheke`),
  createdAt: '2026-03-01T09:00:00.000Z',
};
const receipt: SubmissionReceiptRecord = {
  draftId: 'd1',
  year: 2026,
  reference: 'ZB-2026-000123',
  manifestSha256: 'ab'.repeat(32),
  receivedAt: '2026-03-01T09:00:05.000Z',
  abrufcode: '7K3Q-M2ZD-8VXA-0P4N-R6TW-1HJC-9GEB',
};

/** A reload: the page forgets everything but IndexedDB, and opens the vault again. */
async function reopen(): Promise<DraftStore> {
  const vault = await openDeviceVault();
  if (vault.state !== 'ready') throw new Error(`vault is ${vault.state}`);
  return vault.store;
}

beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));
afterEach(() => vi.unstubAllGlobals());

describe('pending submission on the device', () => {
  it('gives back the same bytes and key after a reload', async () => {
    const before = await createDeviceVault();
    expect(await before.submissions.savePending(pending)).toEqual({ ok: true });
    const loaded = await (await reopen()).submissions.loadPending('d1');
    expect(loaded).toEqual({ ok: true, pending });
  });

  it('keeps neither the bytes nor the key in plaintext', async () => {
    const store = await createDeviceVault();
    await store.submissions.savePending(pending);
    const records = await readAllRecords();
    expect(records.map((record) => record.store)).toContain('pendingSubmissions');
    const texts = records.flatMap((record) => [...textsIn(record.key), ...textsIn(record.value)]);
    for (const secret of [canary, idempotencyKey]) {
      expect(texts.filter((text) => text.includes(secret))).toEqual([]);
    }
    // The scan finds the canary when it is there, so the check above can fail.
    expect(textsIn(pending).join()).toContain(canary);
  });

  it('drops the pending record and its key after success and keeps the receipt, also after a reload', async () => {
    const store = await createDeviceVault();
    await store.submissions.savePending(pending);
    await store.submissions.completeSubmission(receipt);
    const after = await reopen();
    expect(await after.submissions.loadPending('d1')).toEqual({
      ok: false,
      draftId: 'd1',
      reason: 'missing',
    });
    expect(await after.submissions.loadReceipt('d1')).toEqual(receipt);
    const stores = (await readAllRecords()).map((record) => record.store);
    expect(stores).not.toContain('pendingSubmissions');
    expect(stores).toContain('submissionReceipts');
  });

  it('refuses a second bundle while one is pending or once it was submitted', async () => {
    const store = await createDeviceVault();
    await store.submissions.savePending(pending);
    const second = { ...pending, idempotencyKey: '1c7e7d2f-4a5b-4e3c-8b6f-8d2e3f4a5b6c' };
    expect(await store.submissions.savePending(second)).toEqual({ ok: false, reason: 'pending' });
    await store.submissions.completeSubmission(receipt);
    expect(await store.submissions.savePending(second)).toEqual({ ok: false, reason: 'submitted', receipt });
    expect(await store.submissions.loadPending('d1')).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('reports tampered bytes or a changed plaintext year as undecryptable and keeps the record', async () => {
    const store = await createDeviceVault();
    await store.submissions.savePending(pending);
    await changeRecord('pendingSubmissions', 'd1', (record) => ({
      ...record,
      ciphertext: flipBit(record.ciphertext as Uint8Array, 9),
    }));
    const broken = { ok: false, draftId: 'd1', reason: 'undecryptable' };
    expect(await store.submissions.loadPending('d1')).toEqual(broken);
    await store.submissions.discardPending('d1');
    await store.submissions.savePending(pending);
    await changeRecord('pendingSubmissions', 'd1', (record) => ({ ...record, year: 2025 }));
    expect(await store.submissions.loadPending('d1')).toEqual(broken);
  });

  it('goes with its draft, while the receipt stays (the device remembers what it sent)', async () => {
    const store = await createDeviceVault();
    await store.saveDraft({ id: 'd1', year: 2026, schemaVersion: 1, content: {} }, pending.createdAt);
    await store.submissions.savePending(pending);
    await store.saveDraft({ id: 'd2', year: 2025, schemaVersion: 1, content: {} }, pending.createdAt);
    await store.submissions.completeSubmission({ ...receipt, draftId: 'd2' });
    await store.deleteDraft('d1');
    await store.deleteDraft('d2');
    expect(await store.submissions.loadPending('d1')).toMatchObject({ ok: false, reason: 'missing' });
    expect(await store.submissions.loadReceipt('d2')).toMatchObject({ reference: receipt.reference });
  });
});

describe('the receipt and its Abrufcode on the device', () => {
  it('keeps the code across a reload, encrypted: reference, hash and dates stay plaintext', async () => {
    const store = await createDeviceVault();
    await store.submissions.savePending(pending);
    await store.submissions.completeSubmission(receipt);
    expect(await (await reopen()).submissions.loadReceipt('d1')).toEqual(receipt);
    const records = await readAllRecords();
    const stored = records.find((record) => record.store === 'submissionReceipts');
    expect(stored?.value).toMatchObject({ reference: receipt.reference, receivedAt: receipt.receivedAt });
    const texts = records.flatMap((record) => [...textsIn(record.key), ...textsIn(record.value)]);
    // Neither as printed nor without its dashes.
    for (const secret of [receipt.abrufcode!, receipt.abrufcode!.replace(/-/g, '')]) {
      expect(texts.filter((text) => text.includes(secret))).toEqual([]);
    }
    expect(textsIn(receipt).join()).toContain(receipt.abrufcode);
  });

  it('hands the code back with a refused second bundle', async () => {
    const store = await createDeviceVault();
    await store.submissions.completeSubmission(receipt);
    expect(await store.submissions.savePending(pending)).toEqual({ ok: false, reason: 'submitted', receipt });
  });

  it('loads a receipt kept before codes existed, and one whose code was damaged, without a code', async () => {
    const store = await createDeviceVault();
    const { abrufcode: _code, ...older } = receipt;
    await store.submissions.completeSubmission(older);
    expect(await (await reopen()).submissions.loadReceipt('d1')).toEqual(older);
    await store.submissions.completeSubmission(receipt);
    await changeRecord('submissionReceipts', 'd1', (record) => ({
      ...record,
      codeCiphertext: flipBit(record.codeCiphertext as Uint8Array, 3),
    }));
    expect(await store.submissions.loadReceipt('d1')).toEqual(older);
  });

  it('binds the code to its reference: a changed plaintext reference loses the code', async () => {
    const store = await createDeviceVault();
    await store.submissions.completeSubmission(receipt);
    await changeRecord('submissionReceipts', 'd1', (record) => ({ ...record, reference: 'ZB-2026-000124' }));
    expect((await store.submissions.loadReceipt('d1'))?.abrufcode).toBeUndefined();
  });
});

describe('the bundle as sent, kept with its draft', () => {
  it('gives back the sent bytes byte for byte after a reload, never in plaintext', async () => {
    const store = await createDeviceVault();
    await store.submissions.savePending(pending);
    expect(await store.submissions.loadSentBundle('d1')).toBeUndefined();
    await store.submissions.completeSubmission(receipt);
    expect(await (await reopen()).submissions.loadSentBundle('d1')).toEqual(pending.bytes);
    const records = await readAllRecords();
    expect(records.map((record) => record.store)).toContain('sentBundles');
    const texts = records.flatMap((record) => [...textsIn(record.key), ...textsIn(record.value)]);
    expect(texts.filter((text) => text.includes(canary))).toEqual([]);
  });

  it('goes with its draft, while the receipt stays', async () => {
    const store = await createDeviceVault();
    await store.saveDraft({ id: 'd1', year: 2026, schemaVersion: 1, content: {} }, pending.createdAt);
    await store.submissions.savePending(pending);
    await store.submissions.completeSubmission(receipt);
    await store.deleteDraft('d1');
    expect(await store.submissions.loadSentBundle('d1')).toBeUndefined();
    expect((await readAllRecords()).map((record) => record.store)).not.toContain('sentBundles');
    expect(await store.submissions.loadReceipt('d1')).toEqual(receipt);
  });

  it('is bound to the reference: a changed plaintext reference or damaged bytes give nothing', async () => {
    const store = await createDeviceVault();
    await store.submissions.savePending(pending);
    await store.submissions.completeSubmission(receipt);
    await changeRecord('sentBundles', 'd1', (record) => ({
      ...record,
      ciphertext: flipBit(record.ciphertext as Uint8Array, 5),
    }));
    expect(await store.submissions.loadSentBundle('d1')).toBeUndefined();
    await store.submissions.discardPending('d1');
    const other = { ...receipt, draftId: 'd2' };
    await store.submissions.savePending({ ...pending, draftId: 'd2' });
    await store.submissions.completeSubmission(other);
    await changeRecord('submissionReceipts', 'd2', (record) => ({ ...record, reference: 'ZB-2026-000124' }));
    expect(await store.submissions.loadSentBundle('d2')).toBeUndefined();
  });

  it('is kept for this visit in memory too, as a copy, and goes with its draft', async () => {
    const store = createMemoryStore();
    await store.saveDraft({ id: 'd1', year: 2026, schemaVersion: 1, content: {} }, pending.createdAt);
    await store.submissions.savePending(pending);
    await store.submissions.completeSubmission(receipt);
    const first = await store.submissions.loadSentBundle('d1');
    first?.fill(0);
    expect(await store.submissions.loadSentBundle('d1')).toEqual(pending.bytes);
    await store.deleteDraft('d1');
    expect(await store.submissions.loadSentBundle('d1')).toBeUndefined();
  });
});

describe('drafts database upgrade', () => {
  it('opens a database of version 1 (before submissions) and adds the submission stores', async () => {
    const key = await generateDeviceKey();
    const old = await openDB(draftDatabaseName, 1, {
      upgrade(database) {
        database.createObjectStore('keyring');
        database.createObjectStore('drafts', { keyPath: 'id' }).createIndex('year', 'year', { unique: true });
        database.createObjectStore('files', { keyPath: 'id' }).createIndex('draftId', 'draftId');
      },
    });
    await old.put('keyring', { kind: 'device', formatVersion: 1, key }, 'keyring');
    old.close();
    const store = await reopen();
    expect(await store.submissions.savePending(pending)).toEqual({ ok: true });
    expect(await store.submissions.loadPending('d1')).toEqual({ ok: true, pending });
  });
});

describe('pending submission for this visit only', () => {
  it('follows the same rules in memory and hands out copies', async () => {
    const { submissions } = createMemoryStore();
    await submissions.savePending(pending);
    const loaded = await submissions.loadPending('d1');
    if (!loaded.ok) throw new Error('missing');
    loaded.pending.bytes.fill(0);
    expect(await submissions.loadPending('d1')).toEqual({ ok: true, pending });
    expect(await submissions.savePending(pending)).toEqual({ ok: false, reason: 'pending' });
    await submissions.completeSubmission(receipt);
    expect(await submissions.loadPending('d1')).toMatchObject({ ok: false, reason: 'missing' });
    expect(await submissions.loadReceipt('d1')).toEqual(receipt);
  });
});
