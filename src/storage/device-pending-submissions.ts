import type { DraftDb, PendingSubmissionRecord } from './draft-db';
import { decryptBytes, decryptJson, encryptBytes, encryptJson } from './draft-crypto';
import { runInTransaction } from './idb-transaction';
import {
  assertPendingIds,
  type LoadedPendingSubmission,
  type PendingSubmission,
  type PendingSubmissions,
  type SavePendingResult,
} from './pending-submission';
import { assertRecordId, isRecordId, pendingSubmissionAad, pendingSubmissionMetaAad } from './record-aad';

async function sealPending(key: CryptoKey, pending: PendingSubmission): Promise<PendingSubmissionRecord> {
  const { draftId, year, idempotencyKey, createdAt } = pending;
  // Year and date are inside the ciphertext too, so plaintext changed on disk is noticed.
  const meta = await encryptJson(key, { idempotencyKey, year, createdAt }, pendingSubmissionMetaAad(draftId));
  const body = await encryptBytes(key, pending.bytes, pendingSubmissionAad(draftId, idempotencyKey));
  return {
    draftId,
    year,
    createdAt,
    metaIv: meta.iv,
    metaCiphertext: meta.ciphertext,
    iv: body.iv,
    ciphertext: body.ciphertext,
    byteSize: body.ciphertext.byteLength + meta.ciphertext.byteLength,
  };
}

async function openPending(
  key: CryptoKey,
  record: PendingSubmissionRecord,
): Promise<LoadedPendingSubmission> {
  const broken = { ok: false, draftId: record.draftId, reason: 'undecryptable' } as const;
  try {
    const encryptedMeta = { iv: record.metaIv, ciphertext: record.metaCiphertext };
    const meta = (await decryptJson(key, encryptedMeta, pendingSubmissionMetaAad(record.draftId))) as {
      idempotencyKey?: unknown;
      year?: unknown;
      createdAt?: unknown;
    } | null;
    if (!meta || !isRecordId(meta.idempotencyKey)) return broken;
    if (meta.year !== record.year || meta.createdAt !== record.createdAt) return broken;
    const bytes = await decryptBytes(key, record, pendingSubmissionAad(record.draftId, meta.idempotencyKey));
    const { draftId, year, createdAt } = record;
    return { ok: true, pending: { draftId, year, createdAt, idempotencyKey: meta.idempotencyKey, bytes } };
  } catch {
    return broken;
  }
}

/**
 * The pending submission on this device, in the drafts' database under the drafts' key. Encryption happens
 * before each transaction opens: an IndexedDB transaction commits as soon as it waits on anything else.
 */
export function createDevicePendingSubmissions({
  db,
  key,
}: {
  db: DraftDb;
  key: CryptoKey;
}): PendingSubmissions {
  const both = () => db.transaction(['pendingSubmissions', 'submissionReceipts'], 'readwrite');

  return {
    async savePending(pending) {
      assertPendingIds(pending);
      const record = await sealPending(key, pending);
      return runInTransaction(both, async (tx): Promise<SavePendingResult> => {
        const receipt = await tx.objectStore('submissionReceipts').get(pending.draftId);
        if (receipt) return { ok: false, reason: 'submitted', receipt };
        if ((await tx.objectStore('pendingSubmissions').getKey(pending.draftId)) !== undefined) {
          return { ok: false, reason: 'pending' };
        }
        await tx.objectStore('pendingSubmissions').put(record);
        return { ok: true };
      });
    },

    async loadPending(draftId) {
      assertRecordId(draftId);
      const record = await runInTransaction(
        () => db.transaction('pendingSubmissions', 'readonly'),
        (tx) => tx.store.get(draftId),
      );
      return record ? openPending(key, record) : { ok: false, draftId, reason: 'missing' };
    },

    async completeSubmission(receipt) {
      assertRecordId(receipt.draftId);
      await runInTransaction(both, async (tx) => {
        await tx.objectStore('submissionReceipts').put({ ...receipt });
        await tx.objectStore('pendingSubmissions').delete(receipt.draftId);
      });
    },

    async discardPending(draftId) {
      assertRecordId(draftId);
      await runInTransaction(
        () => db.transaction('pendingSubmissions', 'readwrite'),
        (tx) => tx.store.delete(draftId),
      );
    },

    async loadReceipt(draftId) {
      assertRecordId(draftId);
      return runInTransaction(
        () => db.transaction('submissionReceipts', 'readonly'),
        (tx) => tx.store.get(draftId),
      );
    },
  };
}
