import type { SubmissionReceiptRecord } from './draft-db';
import { assertRecordId } from './record-aad';

/**
 * A submission that cannot be lost or doubled (ADR 0010): the bundle is built once, and its bytes and
 * idempotency key are kept with the draft until the insurer's receipt arrives. A reload in the middle of the
 * retries resumes with the same key and the same bytes, so the insurer sees one submission, never two.
 * On the device both are encrypted like a draft's files; "for this visit only" keeps them in memory.
 */
export type { SubmissionReceiptRecord } from './draft-db';

export interface PendingSubmission {
  draftId: string;
  year: number;
  /** A UUID v4 (crypto.randomUUID), drawn once when the bundle was built. */
  idempotencyKey: string;
  bytes: Uint8Array;
  createdAt: string;
}

export type LoadedPendingSubmission =
  | { ok: true; pending: PendingSubmission }
  | { ok: false; draftId: string; reason: 'missing' | 'undecryptable' };

/**
 * A second bundle for the same draft would carry a new key, and the insurer would count two submissions:
 * saving refuses while one is pending (resume it) or once the receipt is there (it was sent).
 */
export type SavePendingResult =
  | { ok: true }
  | { ok: false; reason: 'pending' }
  | { ok: false; reason: 'submitted'; receipt: SubmissionReceiptRecord };

/** Every method may reject with a StorageError; a broken record is reported, never thrown or deleted. */
export interface PendingSubmissions {
  savePending(pending: PendingSubmission): Promise<SavePendingResult>;
  loadPending(draftId: string): Promise<LoadedPendingSubmission>;
  /**
   * After the insurer's receipt, in one step: keeps the receipt, moves the pending bytes to the bundle as sent
   * (still encrypted, with the draft) and drops the key.
   */
  completeSubmission(receipt: SubmissionReceiptRecord): Promise<void>;
  /** Drops bytes and key without a receipt, e.g. when the insurer refused the bundle for good. */
  discardPending(draftId: string): Promise<void>;
  loadReceipt(draftId: string): Promise<SubmissionReceiptRecord | undefined>;
  /**
   * The bundle exactly as sent, byte for byte: what the confirmation offers (issue 11). Undefined for a draft
   * sent before the app kept it, a deleted draft, or a record that cannot be decrypted.
   */
  loadSentBundle(draftId: string): Promise<Uint8Array | undefined>;
}

function copyPending(pending: PendingSubmission): PendingSubmission {
  const { draftId, year, idempotencyKey, createdAt } = pending;
  return { draftId, year, idempotencyKey, createdAt, bytes: pending.bytes.slice() };
}

export function assertPendingIds(pending: Pick<PendingSubmission, 'draftId' | 'idempotencyKey'>): void {
  assertRecordId(pending.draftId);
  assertRecordId(pending.idempotencyKey);
}

/** The memory store's submissions, shared with its drafts so that sweeping and deleting can see them. */
export interface MemorySubmissionState {
  pendings: Map<string, PendingSubmission>;
  receipts: Map<string, SubmissionReceiptRecord>;
  /** The bundles as sent, by draft id; they go with their draft. */
  sent: Map<string, Uint8Array>;
}

/** "For this visit only": the same rules without encryption; a reload forgets the draft and this with it. */
export function createMemoryPendingSubmissions(
  { pendings, receipts, sent }: MemorySubmissionState = {
    pendings: new Map(),
    receipts: new Map(),
    sent: new Map(),
  },
): PendingSubmissions {
  return {
    async savePending(pending) {
      assertPendingIds(pending);
      const receipt = receipts.get(pending.draftId);
      if (receipt) return { ok: false, reason: 'submitted', receipt: { ...receipt } };
      if (pendings.has(pending.draftId)) return { ok: false, reason: 'pending' };
      pendings.set(pending.draftId, copyPending(pending));
      return { ok: true };
    },

    async loadPending(draftId) {
      assertRecordId(draftId);
      const pending = pendings.get(draftId);
      return pending
        ? { ok: true, pending: copyPending(pending) }
        : { ok: false, draftId, reason: 'missing' };
    },

    async completeSubmission(receipt) {
      assertRecordId(receipt.draftId);
      receipts.set(receipt.draftId, { ...receipt });
      const bytes = pendings.get(receipt.draftId)?.bytes;
      if (bytes) sent.set(receipt.draftId, bytes);
      pendings.delete(receipt.draftId);
    },

    async discardPending(draftId) {
      assertRecordId(draftId);
      pendings.delete(draftId);
    },

    async loadReceipt(draftId) {
      assertRecordId(draftId);
      const receipt = receipts.get(draftId);
      return receipt && { ...receipt };
    },

    async loadSentBundle(draftId) {
      assertRecordId(draftId);
      return sent.get(draftId)?.slice();
    },
  };
}
