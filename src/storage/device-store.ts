import type { IDBPTransaction } from 'idb';
import type { DraftDb, DraftDbSchema } from './draft-db';
import { createDevicePendingSubmissions } from './device-pending-submissions';
import { openDraft, openFile, openFileMeta, sealDraft, sealFile, summaryOf } from './device-records';
import {
  byAddedAt,
  byYearDescending,
  expiryAfter,
  hasExpired,
  instantOf,
  type DraftStore,
  type LoadedDraft,
  type SaveDraftResult,
  type SaveFileResult,
} from './draft-store';
import { runInTransaction } from './idb-transaction';
import { assertRecordId } from './record-aad';

type DraftsAndFiles = IDBPTransaction<DraftDbSchema, ['drafts', 'files'], 'readwrite'>;

/*
 * Requests inside a transaction are awaited one by one: a request that throws at once would otherwise leave
 * its siblings' promises to reject unobserved when the transaction aborts.
 */

async function removeDraft(tx: DraftsAndFiles, draftId: string): Promise<void> {
  const files = tx.objectStore('files');
  for (const key of await files.index('draftId').getAllKeys(draftId)) await files.delete(key);
  await tx.objectStore('drafts').delete(draftId);
}

/**
 * The encrypted store on this device. Normally obtained from openDeviceVault/createDeviceVault, which open the
 * database and hold the key; dropping the store is locking it. Encryption happens before each transaction
 * opens, because an IndexedDB transaction commits as soon as it waits on anything but its own requests.
 */
export function createDeviceStore({ db, key }: { db: DraftDb; key: CryptoKey }): DraftStore {
  const readDrafts = () => db.transaction('drafts', 'readonly');
  const readFiles = () => db.transaction('files', 'readonly');
  const writeDrafts = () => db.transaction('drafts', 'readwrite');
  const writeFiles = () => db.transaction('files', 'readwrite');
  const writeBoth = (): DraftsAndFiles => db.transaction(['drafts', 'files'], 'readwrite');

  return {
    kind: 'device',
    submissions: createDevicePendingSubmissions({ db, key }),

    async listDrafts() {
      const records = await runInTransaction(readDrafts, (tx) => tx.store.getAll());
      return records.map(summaryOf).sort(byYearDescending);
    },

    async loadDraft(id): Promise<LoadedDraft> {
      assertRecordId(id);
      const record = await runInTransaction(readDrafts, (tx) => tx.store.get(id));
      return record ? openDraft(key, record) : { ok: false, id, year: null, reason: 'missing' };
    },

    async saveDraft(draft, now): Promise<SaveDraftResult> {
      const record = await sealDraft(key, draft, now);
      return runInTransaction(writeDrafts, async (tx): Promise<SaveDraftResult> => {
        const holder = await tx.store.index('year').getKey(draft.year);
        if (holder !== undefined && holder !== draft.id) {
          return { ok: false, reason: 'yearTaken', existingId: holder };
        }
        await tx.store.put(record);
        return { ok: true, summary: summaryOf(record) };
      });
    },

    async deleteDraft(id) {
      assertRecordId(id);
      await runInTransaction(writeBoth, (tx) => removeDraft(tx, id));
    },

    async saveFile(draftId, file, now): Promise<SaveFileResult> {
      const expiresAt = expiryAfter(now);
      const record = await sealFile(key, draftId, file);
      return runInTransaction(writeBoth, async (tx): Promise<SaveFileResult> => {
        const draft = await tx.objectStore('drafts').get(draftId);
        if (!draft) return { ok: false, reason: 'missingDraft' };
        const slid = { ...draft, updatedAt: now, expiresAt };
        await tx.objectStore('files').put(record);
        await tx.objectStore('drafts').put(slid);
        return { ok: true, summary: summaryOf(slid) };
      });
    },

    async loadFile(draftId, fileId) {
      assertRecordId(draftId);
      assertRecordId(fileId);
      const record = await runInTransaction(readFiles, (tx) => tx.store.get([draftId, fileId]));
      return record ? openFile(key, record) : { ok: false, draftId, fileId, reason: 'missing' };
    },

    async listFiles(draftId) {
      assertRecordId(draftId);
      const records = await runInTransaction(readFiles, (tx) => tx.store.index('draftId').getAll(draftId));
      const listed = await Promise.all(records.map((record) => openFileMeta(key, record)));
      return listed.sort(byAddedAt);
    },

    async deleteFile(draftId, fileId) {
      assertRecordId(draftId);
      assertRecordId(fileId);
      await runInTransaction(writeFiles, (tx) => tx.store.delete([draftId, fileId]));
    },

    sweepExpired(now) {
      const nowMs = instantOf(now);
      return runInTransaction(writeBoth, async (tx) => {
        const drafts = await tx.objectStore('drafts').getAll();
        const expired = drafts.filter((draft) => hasExpired(draft.expiresAt, nowMs));
        for (const draft of expired) await removeDraft(tx, draft.id);
        // Files whose draft is gone would never expire: remove them with the sweep.
        const live = new Set(drafts.filter((draft) => !expired.includes(draft)).map((draft) => draft.id));
        const files = tx.objectStore('files');
        const orphans = (await files.getAllKeys()).filter(([draftId]) => !live.has(draftId));
        for (const fileKey of orphans) await files.delete(fileKey);
        return expired.length;
      });
    },
  };
}
