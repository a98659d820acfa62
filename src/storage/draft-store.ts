import type { PendingSubmissions } from './pending-submission';

/**
 * The contract between the app and wherever drafts live: on the device (encrypted IndexedDB) or for this visit
 * only (memory). The draft's content is opaque JSON here; the app validates it with its own schema.
 */

/** Drafts expire this many days after their last change (security-checklist tension 1, ADR 0006). */
export const draftLifetimeDays = 90;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * A bundle waiting to be sent is kept at most this many days after it was built (ADR 0016): long enough for a
 * phone that is offline over a holiday, short enough that a forgotten bundle of health data does not linger.
 */
export const pendingMaxAgeDays = 30;

/** The day a pending bundle built at `createdAt` is removed if it has not been sent by then. */
export function pendingExpiry(createdAt: string): string {
  const ms = Date.parse(createdAt);
  // A date that cannot be read counts as expired: when in doubt, health data goes.
  return Number.isNaN(ms)
    ? new Date(0).toISOString()
    : new Date(ms + pendingMaxAgeDays * dayMs).toISOString();
}

/** The summary with its submission mark, if any; a pending one keeps the draft from expiring. */
export function markSummary(summary: DraftSummary, mark: SubmissionMark | undefined): DraftSummary {
  if (!mark) return summary;
  if (mark.state === 'pending' && mark.until > summary.expiresAt)
    return { ...summary, expiresAt: mark.until, submission: mark };
  return { ...summary, submission: mark };
}

/**
 * A submission of the draft in flight or done. Plaintext in the store (dates and the insurer's reference are
 * nothing personal), so a listing can say so without the key.
 */
export type SubmissionMark =
  { state: 'pending'; since: string; until: string } | { state: 'sent'; reference: string };

export interface DraftSummary {
  id: string;
  year: number;
  updatedAt: string;
  /** While a submission is pending (and younger than pendingMaxAgeDays) the draft does not expire. */
  expiresAt: string;
  /** Only present when the draft was sent or is being sent. */
  submission?: SubmissionMark;
}

export interface DraftInput {
  id: string;
  year: number;
  schemaVersion: number;
  content: unknown;
}

export type LoadedDraft =
  | { ok: true; id: string; year: number; schemaVersion: number; updatedAt: string; content: unknown }
  | { ok: false; id: string; year: number; reason: 'undecryptable' }
  | { ok: false; id: string; year: null; reason: 'missing' };

/**
 * Only one draft in progress per year: saving a second one for a year reports the draft that holds it. A sent
 * draft no longer holds its year, so that a further application ("Weiteren Antrag stellen") can be started.
 */
export type SaveDraftResult =
  { ok: true; summary: DraftSummary } | { ok: false; reason: 'yearTaken'; existingId: string };

export interface DraftFileMeta {
  id: string;
  name: string;
  type: string;
  size: number;
  addedAt: string;
}

export interface DraftFile extends DraftFileMeta {
  bytes: Uint8Array;
}

/** A file listing reports a broken record instead of hiding it. */
export type ListedFile = ({ ok: true } & DraftFileMeta) | { ok: false; id: string; reason: 'undecryptable' };

export type LoadedFile =
  | { ok: true; file: DraftFile }
  | { ok: false; draftId: string; fileId: string; reason: 'missing' | 'undecryptable' };

/** A file belongs to a draft: without the draft there is nothing whose expiry would remove it. */
export type SaveFileResult = { ok: true; summary: DraftSummary } | { ok: false; reason: 'missingDraft' };

/** An import: the new draft with its files, and the draft it replaces (the same year's), if any. */
export interface ReplaceDraftInput {
  draft: DraftInput;
  files: readonly DraftFile[];
  /** The draft to remove once the new one is saved; without it a draft holding the year refuses the import. */
  replaceId?: string;
}

/**
 * 'sending': the draft to be replaced, or one with the imported id, has a submission in flight; replacing it
 * would strand that submission. 'sent': this device already sent a draft with the imported id (its receipt is
 * here), so the import would be a copy of a sent application.
 */
export type ReplaceDraftResult =
  | { ok: true; summary: DraftSummary }
  | { ok: false; reason: 'yearTaken'; existingId: string }
  | { ok: false; reason: 'sending' | 'sent' };

/** Every method may reject with a StorageError; broken records are reported in the results, never thrown. */
export interface DraftStore {
  /** Where the data lives, so the UI can say so. */
  readonly kind: 'device' | 'memory';
  /** The bundle being sent and its idempotency key, then the insurer's receipt (ADR 0010). */
  readonly submissions: PendingSubmissions;
  listDrafts(): Promise<DraftSummary[]>;
  loadDraft(id: string): Promise<LoadedDraft>;
  /** Sets updatedAt to `now` and slides the expiry to `now` + draftLifetimeDays. */
  saveDraft(draft: DraftInput, now: string): Promise<SaveDraftResult>;
  /**
   * Saves the new draft and its files and removes the replaced one in one step: either all of it happens or
   * nothing does, so a failed import (quota, a broken file) leaves the old draft as it was.
   */
  replaceDraft(input: ReplaceDraftInput, now: string): Promise<ReplaceDraftResult>;
  /** Deletes the draft, all its files and a pending submission; the insurer's receipt stays (ADR 0010). */
  deleteDraft(id: string): Promise<void>;
  /** One record per file; also slides the draft's expiry. */
  saveFile(draftId: string, file: DraftFile, now: string): Promise<SaveFileResult>;
  loadFile(draftId: string, fileId: string): Promise<LoadedFile>;
  /** Metadata only, oldest first; the file contents are not decrypted. */
  listFiles(draftId: string): Promise<ListedFile[]>;
  deleteFile(draftId: string, fileId: string): Promise<void>;
  /**
   * Deletes drafts (and their files) whose expiresAt is before `now`; returns how many drafts. A draft whose
   * submission is pending does not expire until the pending bundle is older than pendingMaxAgeDays; a pending
   * bundle that old is removed (and its draft then expires as usual).
   */
  sweepExpired(now: string): Promise<number>;
}

/** Milliseconds of an ISO date-time; the caller passes the clock in, so a bad value is a programming error. */
export function instantOf(isoDateTime: string): number {
  const ms = Date.parse(isoDateTime);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO date-time: ${isoDateTime}`);
  return ms;
}

export function expiryAfter(now: string): string {
  return new Date(instantOf(now) + draftLifetimeDays * dayMs).toISOString();
}

/** An expiry that cannot be read counts as passed: when in doubt, health data goes. */
export function hasExpired(expiresAt: string, nowMs: number): boolean {
  return !(Date.parse(expiresAt) >= nowMs);
}

export function byYearDescending(a: DraftSummary, b: DraftSummary): number {
  return b.year - a.year || a.id.localeCompare(b.id);
}

export function byAddedAt(a: ListedFile, b: ListedFile): number {
  if (a.ok !== b.ok) return a.ok ? -1 : 1;
  const added = a.ok && b.ok ? a.addedAt.localeCompare(b.addedAt) : 0;
  return added || a.id.localeCompare(b.id);
}
