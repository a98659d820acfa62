import type { IDBPTransaction } from 'idb';
import type { DraftDb, DraftDbSchema, DraftRecord, FileRecord } from './draft-db';
import { lazyDevicePendingSubmissions } from './lazy-pending-submissions';
import { openDraft, openFile, openFileMeta, sealDraft, sealFile, summaryOf } from './device-records';
import {
  byAddedAt,
  byYearDescending,
  expiryAfter,
  hasExpired,
  instantOf,
  markSummary,
  pendingExpiry,
  type DraftStore,
  type DraftSummary,
  type LoadedDraft,
  type ReplaceDraftResult,
  type SaveDraftResult,
  type SaveFileResult,
  type SubmissionMark,
} from './draft-store';
import { runInTransaction } from './idb-transaction';
import { assertRecordId } from './record-aad';

type AllStores = ['drafts', 'files', 'pendingSubmissions', 'submissionReceipts', 'sentBundles'];
type DraftsAndFiles = IDBPTransaction<DraftDbSchema, AllStores, 'readwrite'>;
type Readable = IDBPTransaction<DraftDbSchema, AllStores, 'readonly' | 'readwrite'>;
const allStores: AllStores = ['drafts', 'files', 'pendingSubmissions', 'submissionReceipts', 'sentBundles'];

/*
 * Requests inside a transaction are awaited one by one: a request that throws at once would otherwise leave
 * its siblings' promises to reject unobserved when the transaction aborts.
 */

/**
 * A pending bundle and the bundle as sent go with their draft; the receipt stays, so the device remembers what
 * it sent (ADR 0016).
 */
async function removeDraft(tx: DraftsAndFiles, draftId: string): Promise<void> {
  const files = tx.objectStore('files');
  for (const key of await files.index('draftId').getAllKeys(draftId)) await files.delete(key);
  await tx.objectStore('pendingSubmissions').delete(draftId);
  await tx.objectStore('sentBundles').delete(draftId);
  await tx.objectStore('drafts').delete(draftId);
}

async function markOf(tx: Readable, draftId: string): Promise<SubmissionMark | undefined> {
  const receipt = await tx.objectStore('submissionReceipts').get(draftId);
  if (receipt) return { state: 'sent', reference: receipt.reference };
  const pending = await tx.objectStore('pendingSubmissions').get(draftId);
  return pending
    ? { state: 'pending', since: pending.createdAt, until: pendingExpiry(pending.createdAt) }
    : undefined;
}

async function summaryWithMark(tx: Readable, record: DraftRecord): Promise<DraftSummary> {
  return markSummary(summaryOf(record), await markOf(tx, record.id));
}

/** The draft in progress for `year` other than `id`: sent drafts no longer hold their year. */
async function yearHolder(tx: Readable, year: number, id: string): Promise<string | undefined> {
  for (const other of await tx.objectStore('drafts').index('year').getAllKeys(year)) {
    if (other === id) continue;
    if ((await tx.objectStore('submissionReceipts').getKey(other)) === undefined) return other;
  }
  return undefined;
}

/**
 * The encrypted store on this device. Normally obtained from openDeviceVault/createDeviceVault, which open the
 * database and hold the key; dropping the store is locking it. Encryption happens before each transaction
 * opens, because an IndexedDB transaction commits as soon as it waits on anything but its own requests.
 */
export function createDeviceStore({ db, key }: { db: DraftDb; key: CryptoKey }): DraftStore {
  const readAll = () => db.transaction(allStores, 'readonly');
  const readFiles = () => db.transaction('files', 'readonly');
  const writeFiles = () => db.transaction('files', 'readwrite');
  const writeAll = (): DraftsAndFiles => db.transaction(allStores, 'readwrite');

  return {
    kind: 'device',
    submissions: lazyDevicePendingSubmissions({ db, key }),

    async listDrafts() {
      const summaries = await runInTransaction(readAll, async (tx) => {
        const listed: DraftSummary[] = [];
        for (const record of await tx.objectStore('drafts').getAll())
          listed.push(await summaryWithMark(tx, record));
        return listed;
      });
      return summaries.sort(byYearDescending);
    },

    async loadDraft(id): Promise<LoadedDraft> {
      assertRecordId(id);
      const record = await runInTransaction(readAll, (tx) => tx.objectStore('drafts').get(id));
      return record ? openDraft(key, record) : { ok: false, id, year: null, reason: 'missing' };
    },

    async saveDraft(draft, now): Promise<SaveDraftResult> {
      const record = await sealDraft(key, draft, now);
      return runInTransaction(writeAll, async (tx): Promise<SaveDraftResult> => {
        const holder = await yearHolder(tx, draft.year, draft.id);
        if (holder !== undefined) return { ok: false, reason: 'yearTaken', existingId: holder };
        await tx.objectStore('drafts').put(record);
        return { ok: true, summary: await summaryWithMark(tx, record) };
      });
    },

    async replaceDraft({ draft, files, replaceId }, now): Promise<ReplaceDraftResult> {
      assertRecordId(draft.id);
      if (replaceId !== undefined) assertRecordId(replaceId);
      // Everything is encrypted before the transaction opens: awaiting WebCrypto inside it would commit it.
      const record = await sealDraft(key, draft, now);
      const fileRecords: FileRecord[] = [];
      for (const file of files) fileRecords.push(await sealFile(key, draft.id, file));
      return runInTransaction(writeAll, async (tx): Promise<ReplaceDraftResult> => {
        if ((await tx.objectStore('submissionReceipts').getKey(draft.id)) !== undefined)
          return { ok: false, reason: 'sent' };
        const pendings = tx.objectStore('pendingSubmissions');
        for (const id of new Set([draft.id, replaceId])) {
          if (id !== undefined && (await pendings.getKey(id)) !== undefined)
            return { ok: false, reason: 'sending' };
        }
        const holder = await yearHolder(tx, draft.year, draft.id);
        if (holder !== undefined && holder !== replaceId) {
          return { ok: false, reason: 'yearTaken', existingId: holder };
        }
        // The old records go first only because the new draft may carry the same id (an export of this very
        // draft); within the transaction nothing is visible until all of it has been written.
        if (replaceId !== undefined) await removeDraft(tx, replaceId);
        if (replaceId !== draft.id) {
          const stale = await tx.objectStore('files').index('draftId').getAllKeys(draft.id);
          for (const fileKey of stale) await tx.objectStore('files').delete(fileKey);
        }
        await tx.objectStore('drafts').put(record);
        for (const fileRecord of fileRecords) await tx.objectStore('files').put(fileRecord);
        return { ok: true, summary: summaryOf(record) };
      });
    },

    async deleteDraft(id) {
      assertRecordId(id);
      await runInTransaction(writeAll, (tx) => removeDraft(tx, id));
    },

    async saveFile(draftId, file, now): Promise<SaveFileResult> {
      const expiresAt = expiryAfter(now);
      const record = await sealFile(key, draftId, file);
      return runInTransaction(writeAll, async (tx): Promise<SaveFileResult> => {
        const draft = await tx.objectStore('drafts').get(draftId);
        if (!draft) return { ok: false, reason: 'missingDraft' };
        const slid = { ...draft, updatedAt: now, expiresAt };
        await tx.objectStore('files').put(record);
        await tx.objectStore('drafts').put(slid);
        return { ok: true, summary: await summaryWithMark(tx, slid) };
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
      return runInTransaction(writeAll, async (tx) => {
        // A pending bundle older than its maximum age goes; a younger one keeps its draft from expiring.
        const pendings = tx.objectStore('pendingSubmissions');
        const waiting = new Set<string>();
        for (const pending of await pendings.getAll()) {
          if (hasExpired(pendingExpiry(pending.createdAt), nowMs)) await pendings.delete(pending.draftId);
          else waiting.add(pending.draftId);
        }
        const drafts = await tx.objectStore('drafts').getAll();
        const expired = drafts.filter(
          (draft) => !waiting.has(draft.id) && hasExpired(draft.expiresAt, nowMs),
        );
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
