import type { ApplicationDraft } from '../../../domain/application/application-draft';
import { parseStoredDraft } from '../../../domain/application/stored-draft';
import type { DraftFile as StoredFile, DraftStore, DraftSummary } from '../../../storage/draft-store';
import { isRecordId } from '../../../storage/record-aad';
import { toStorageError } from '../../../storage/storage-error';
import type { PhotoShrinker } from '../photos/photo-shrinker';
import { checkImportedFiles } from './check-imported-files';
import { nowIso } from './clock';
import type { ImportOutcome } from './draft-context';
import { newId } from './new-id';
import { storedContent } from './stored-content';

type Request = {
  store: DraftStore;
  drafts: readonly DraftSummary[];
  content: unknown;
  files: readonly StoredFile[];
  replace: boolean;
  shrinkPhoto: PhotoShrinker;
};
export type Imported = { outcome: ImportOutcome; draft?: ApplicationDraft; replacedId?: string };

/**
 * Reads an export into the store: never replaces a draft of the same year unless `replace` says so, checks and
 * shrinks its files like uploads, and writes in one transaction, so a failure leaves the existing draft as it was.
 * Loaded with the first import, not with the wizard (issue 11: first page JS).
 */
export async function importIntoStore(request: Request): Promise<Imported> {
  const { store, drafts, content, files, replace, shrinkPhoto } = request;
  const parsed = parseStoredDraft(content);
  if (!parsed.ok) return { outcome: { ok: false, reason: parsed.reason } };
  const existing = drafts.find(
    (summary) => summary.year === parsed.draft.year && summary.submission?.state !== 'sent',
  );
  if (existing && !replace) return { outcome: { ok: false, reason: 'yearTaken', year: parsed.draft.year } };
  const checked = await checkImportedFiles(parsed.draft.files, files, shrinkPhoto);
  // The draft keeps its id, and so its application id (ADR 0016): a copy of a draft sent from this device
  // is recognised by its receipt, one sent from another device by the insurer (409 for a second key).
  const imported: ApplicationDraft = {
    ...parsed.draft,
    id: isRecordId(parsed.draft.id) ? parsed.draft.id : newId(),
    updatedAt: nowIso(),
    files: checked.index,
  };
  try {
    const saved = await store.replaceDraft(
      {
        draft: storedContent(imported),
        files: checked.stored,
        ...(existing ? { replaceId: existing.id } : {}),
      },
      imported.updatedAt,
    );
    if (!saved.ok)
      return {
        outcome:
          saved.reason === 'yearTaken'
            ? { ok: false, reason: 'yearTaken', year: imported.year }
            : { ok: false, reason: saved.reason },
      };
  } catch (error) {
    return { outcome: { ok: false, reason: 'storage', code: toStorageError(error).code } };
  } finally {
    checked.stored.forEach((file) => file.bytes.fill(0));
  }
  return {
    draft: imported,
    ...(existing ? { replacedId: existing.id } : {}),
    outcome: {
      ok: true,
      replaced: existing !== undefined,
      unreadableParts: parsed.unreadableParts,
      skipped: checked.skipped,
      notes: checked.notes,
    },
  };
}
