import type {
  DraftDb,
  PendingSubmissionRecord,
  SentBundleRecord,
  StoredSubmissionReceiptRecord,
  SubmissionReceiptRecord,
} from './draft-db';
import { decryptBytes, decryptJson, encryptBytes, encryptJson } from './draft-crypto';
import { runInTransaction } from './idb-transaction';
import {
  assertPendingIds,
  type LoadedPendingSubmission,
  type PendingSubmission,
  type PendingSubmissions,
  type SavePendingResult,
} from './pending-submission';
import {
  assertRecordId,
  isRecordId,
  pendingSubmissionAad,
  pendingSubmissionMetaAad,
  sentBundleAad,
  submissionCodeAad,
} from './record-aad';

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

async function sealSentBundle(
  key: CryptoKey,
  receipt: SubmissionReceiptRecord,
  bytes: Uint8Array,
): Promise<SentBundleRecord> {
  const sealed = await encryptBytes(key, bytes, sentBundleAad(receipt.draftId, receipt.reference));
  return { draftId: receipt.draftId, ...sealed, byteSize: sealed.ciphertext.byteLength };
}

async function sealReceipt(
  key: CryptoKey,
  receipt: SubmissionReceiptRecord,
): Promise<StoredSubmissionReceiptRecord> {
  const { draftId, year, reference, manifestSha256, receivedAt, abrufcode } = receipt;
  const plain = { draftId, year, reference, manifestSha256, receivedAt };
  if (abrufcode === undefined) return plain;
  const sealed = await encryptJson(key, { abrufcode }, submissionCodeAad(draftId, reference));
  return { ...plain, codeIv: sealed.iv, codeCiphertext: sealed.ciphertext };
}

/**
 * The receipt with its Abrufcode. A code that cannot be decrypted (a damaged record) is left out rather than
 * failing the receipt: the application was sent all the same, and the status page asks for the code.
 */
async function openReceipt(
  key: CryptoKey,
  record: StoredSubmissionReceiptRecord,
): Promise<SubmissionReceiptRecord> {
  const { draftId, year, reference, manifestSha256, receivedAt, codeIv, codeCiphertext } = record;
  const plain = { draftId, year, reference, manifestSha256, receivedAt };
  if (!codeIv || !codeCiphertext) return plain;
  try {
    const sealed = { iv: codeIv, ciphertext: codeCiphertext };
    const code = (await decryptJson(key, sealed, submissionCodeAad(draftId, reference))) as {
      abrufcode?: unknown;
    } | null;
    return typeof code?.abrufcode === 'string' ? { ...plain, abrufcode: code.abrufcode } : plain;
  } catch {
    return plain;
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
  const loadPending = async (draftId: string): Promise<LoadedPendingSubmission> => {
    assertRecordId(draftId);
    const record = await runInTransaction(
      () => db.transaction('pendingSubmissions', 'readonly'),
      (tx) => tx.store.get(draftId),
    );
    return record ? openPending(key, record) : { ok: false, draftId, reason: 'missing' };
  };
  const withSent = () =>
    db.transaction(['pendingSubmissions', 'submissionReceipts', 'sentBundles'], 'readwrite');

  return {
    async savePending(pending) {
      assertPendingIds(pending);
      const record = await sealPending(key, pending);
      const result = await runInTransaction(
        both,
        async (tx): Promise<SavePendingResult | { ok: false; stored: StoredSubmissionReceiptRecord }> => {
          const stored = await tx.objectStore('submissionReceipts').get(pending.draftId);
          if (stored) return { ok: false, stored };
          if ((await tx.objectStore('pendingSubmissions').getKey(pending.draftId)) !== undefined) {
            return { ok: false, reason: 'pending' };
          }
          await tx.objectStore('pendingSubmissions').put(record);
          return { ok: true };
        },
      );
      // Decrypted after the transaction: it would commit while waiting on WebCrypto.
      if ('stored' in result) {
        return { ok: false, reason: 'submitted', receipt: await openReceipt(key, result.stored) };
      }
      return result;
    },

    loadPending,

    async completeSubmission(receipt) {
      assertRecordId(receipt.draftId);
      const record = await sealReceipt(key, receipt);
      // The pending bytes are the bytes sent: sealed again under the reference before the transaction opens.
      const loaded = await loadPending(receipt.draftId);
      const bundle = loaded.ok ? await sealSentBundle(key, receipt, loaded.pending.bytes) : undefined;
      await runInTransaction(withSent, async (tx) => {
        await tx.objectStore('submissionReceipts').put(record);
        if (bundle) await tx.objectStore('sentBundles').put(bundle);
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
      const record = await runInTransaction(
        () => db.transaction('submissionReceipts', 'readonly'),
        (tx) => tx.store.get(draftId),
      );
      return record && openReceipt(key, record);
    },

    async loadSentBundle(draftId) {
      assertRecordId(draftId);
      const [receipt, bundle] = await runInTransaction(
        () => db.transaction(['submissionReceipts', 'sentBundles'], 'readonly'),
        async (tx) =>
          [
            await tx.objectStore('submissionReceipts').get(draftId),
            await tx.objectStore('sentBundles').get(draftId),
          ] as const,
      );
      if (!receipt || !bundle) return undefined;
      try {
        return await decryptBytes(key, bundle, sentBundleAad(draftId, receipt.reference));
      } catch {
        return undefined;
      }
    },
  };
}
