import {
  byAddedAt,
  byYearDescending,
  expiryAfter,
  hasExpired,
  instantOf,
  type DraftFile,
  type DraftStore,
  type DraftSummary,
  type LoadedDraft,
  type SaveDraftResult,
  type SaveFileResult,
} from './draft-store';
import { createMemoryPendingSubmissions } from './pending-submission';
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

  return {
    kind: 'memory',
    submissions: createMemoryPendingSubmissions(),

    async listDrafts() {
      return [...drafts.values()].map((draft) => ({ ...draft.summary })).sort(byYearDescending);
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
      const holder = [...drafts.values()].find(
        (draft) => draft.summary.year === year && draft.summary.id !== id,
      );
      if (holder) return { ok: false, reason: 'yearTaken', existingId: holder.summary.id };
      drafts.set(id, { summary, schemaVersion, json, files: drafts.get(id)?.files ?? new Map() });
      return { ok: true, summary: { ...summary } };
    },

    async deleteDraft(id) {
      assertRecordId(id);
      drafts.delete(id);
    },

    async saveFile(draftId, file, now): Promise<SaveFileResult> {
      assertRecordId(draftId);
      assertRecordId(file.id);
      const expiresAt = expiryAfter(now);
      const draft = drafts.get(draftId);
      if (!draft) return { ok: false, reason: 'missingDraft' };
      draft.files.set(file.id, copyFile(file));
      draft.summary = { ...draft.summary, updatedAt: now, expiresAt };
      return { ok: true, summary: { ...draft.summary } };
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
      const expired = [...drafts.values()].filter((draft) => hasExpired(draft.summary.expiresAt, nowMs));
      for (const draft of expired) drafts.delete(draft.summary.id);
      return expired.length;
    },
  };
}
