import type { PendingSubmissions } from './pending-submission';

/**
 * The contract between the app and wherever drafts live: on the device (encrypted IndexedDB) or for this visit
 * only (memory). The draft's content is opaque JSON here; the app validates it with its own schema.
 */

/** Drafts expire this many days after their last change (security-checklist tension 1, ADR 0006). */
export const draftLifetimeDays = 90;

const dayMs = 24 * 60 * 60 * 1000;

export interface DraftSummary {
  id: string;
  year: number;
  updatedAt: string;
  expiresAt: string;
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

/** Only one draft per year: saving a second one for a year reports the draft that holds it. */
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
  /** Deletes the draft and all its files. */
  deleteDraft(id: string): Promise<void>;
  /** One record per file; also slides the draft's expiry. */
  saveFile(draftId: string, file: DraftFile, now: string): Promise<SaveFileResult>;
  loadFile(draftId: string, fileId: string): Promise<LoadedFile>;
  /** Metadata only, oldest first; the file contents are not decrypted. */
  listFiles(draftId: string): Promise<ListedFile[]>;
  deleteFile(draftId: string, fileId: string): Promise<void>;
  /** Deletes drafts (and their files) whose expiresAt is before `now`; returns how many drafts. */
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
