import {
  byAddedAt,
  byYearDescending,
  expiryAfter,
  hasExpired,
  instantOf,
  markSummary,
  pendingExpiry,
  type DraftFile,
  type DraftStore,
  type DraftSummary,
  type LoadedDraft,
  type ReplaceDraftResult,
  type SaveDraftResult,
  type SaveFileResult,
  type SubmissionMark,
} from './draft-store';
import { createMemoryPendingSubmissions, type MemorySubmissionState } from './pending-submission';
import { assertRecordId } from './record-aad';

interface MemoryDraft {
  summary: DraftSummary;
  schemaVersion: number;
  /** `{ content }` as JSON text, so the store behaves like the device store: a copy in, a copy out, JSON only. */
  json: string;
  files: Map<string, DraftFile>;
}

function copyFile(file: DraftFile): DraftFile {
  const { id, name, type, size, addedAt } = file;
  return { id, name, type, size, addedAt, bytes: file.bytes.slice() };
}

/**
 * "For this visit only": nothing is persisted, closing the tab forgets everything. The default on the start page
 * (TR O.Data_1 secure defaults); same contract and checks as the device store, without encryption.
 */
export function createMemoryStore(): DraftStore {
  const drafts = new Map<string, MemoryDraft>();
  const submissions: MemorySubmissionState = { pendings: new Map(), receipts: new Map(), sent: new Map() };
  const markOf = (id: string): SubmissionMark | undefined => {
    const receipt = submissions.receipts.get(id);
    if (receipt) return { state: 'sent', reference: receipt.reference };
    const pending = submissions.pendings.get(id);
    return pending && { state: 'pending', since: pending.createdAt, until: pendingExpiry(pending.createdAt) };
  };
  const summarise = (summary: DraftSummary) => markSummary({ ...summary }, markOf(summary.id));
  // Sent drafts no longer hold their year (a further application may follow).
  const yearHolder = (year: number, id: string) =>
    [...drafts.values()].find(
      (draft) =>
        draft.summary.year === year && draft.summary.id !== id && !submissions.receipts.has(draft.summary.id),
    )?.summary.id;
  const remove = (id: string) => {
    drafts.delete(id);
    submissions.pendings.delete(id);
    submissions.sent.delete(id);
  };

  return {
    kind: 'memory',
    submissions: createMemoryPendingSubmissions(submissions),

    async listDrafts() {
      return [...drafts.values()].map((draft) => summarise(draft.summary)).sort(byYearDescending);
    },

    async loadDraft(id): Promise<LoadedDraft> {
      assertRecordId(id);
      const draft = drafts.get(id);
      if (!draft) return { ok: false, id, year: null, reason: 'missing' };
      const { year, updatedAt } = draft.summary;
      const { content } = JSON.parse(draft.json) as { content?: unknown };
      return { ok: true, id, year, schemaVersion: draft.schemaVersion, updatedAt, content };
    },

    async saveDraft({ id, year, schemaVersion, content }, now): Promise<SaveDraftResult> {
      assertRecordId(id);
      const summary = { id, year, updatedAt: now, expiresAt: expiryAfter(now) };
      const json = JSON.stringify({ content });
      const holder = yearHolder(year, id);
      if (holder !== undefined) return { ok: false, reason: 'yearTaken', existingId: holder };
      drafts.set(id, { summary, schemaVersion, json, files: drafts.get(id)?.files ?? new Map() });
      return { ok: true, summary: summarise(summary) };
    },

    async replaceDraft({ draft, files, replaceId }, now): Promise<ReplaceDraftResult> {
      const { id, year, schemaVersion, content } = draft;
      assertRecordId(id);
      if (replaceId !== undefined) assertRecordId(replaceId);
      files.forEach((file) => assertRecordId(file.id));
      if (submissions.receipts.has(id)) return { ok: false, reason: 'sent' };
      if ([id, replaceId].some((other) => other !== undefined && submissions.pendings.has(other)))
        return { ok: false, reason: 'sending' };
      const holder = yearHolder(year, id);
      if (holder !== undefined && holder !== replaceId)
        return { ok: false, reason: 'yearTaken', existingId: holder };
      // Built completely before anything changes, so a failure leaves the old draft as it was.
      const summary = { id, year, updatedAt: now, expiresAt: expiryAfter(now) };
      const entry: MemoryDraft = {
        summary,
        schemaVersion,
        json: JSON.stringify({ content }),
        files: new Map(files.map((file) => [file.id, copyFile(file)])),
      };
      if (replaceId !== undefined) remove(replaceId);
      drafts.set(id, entry);
      return { ok: true, summary: { ...summary } };
    },

    async deleteDraft(id) {
      assertRecordId(id);
      remove(id);
    },

    async saveFile(draftId, file, now): Promise<SaveFileResult> {
      assertRecordId(draftId);
      assertRecordId(file.id);
      const expiresAt = expiryAfter(now);
      const draft = drafts.get(draftId);
      if (!draft) return { ok: false, reason: 'missingDraft' };
      draft.files.set(file.id, copyFile(file));
      draft.summary = { ...draft.summary, updatedAt: now, expiresAt };
      return { ok: true, summary: summarise(draft.summary) };
    },

    async loadFile(draftId, fileId) {
      assertRecordId(draftId);
      assertRecordId(fileId);
      const file = drafts.get(draftId)?.files.get(fileId);
      return file ? { ok: true, file: copyFile(file) } : { ok: false, draftId, fileId, reason: 'missing' };
    },

    async listFiles(draftId) {
      assertRecordId(draftId);
      const files = [...(drafts.get(draftId)?.files.values() ?? [])];
      return files
        .map(({ id, name, type, size, addedAt }) => ({ ok: true as const, id, name, type, size, addedAt }))
        .sort(byAddedAt);
    },

    async deleteFile(draftId, fileId) {
      assertRecordId(draftId);
      assertRecordId(fileId);
      drafts.get(draftId)?.files.delete(fileId);
    },

    async sweepExpired(now) {
      const nowMs = instantOf(now);
      // As on the device: a pending bundle past its maximum age goes, a younger one keeps its draft.
      for (const [id, pending] of submissions.pendings)
        if (hasExpired(pendingExpiry(pending.createdAt), nowMs)) submissions.pendings.delete(id);
      const expired = [...drafts.values()].filter(
        (draft) => !submissions.pendings.has(draft.summary.id) && hasExpired(draft.summary.expiresAt, nowMs),
      );
      for (const draft of expired) remove(draft.summary.id);
      return expired.length;
    },
  };
}
