import type { DraftFile } from '../../../domain/application/application-draft';
import { maxFilesPerDraft } from '../../../domain/uploads/upload-policy';
import type { LocalizedText } from '../../../domain/validation/result';
import type { DraftFile as StoredFile } from '../../../storage/draft-store';
import type { PhotoShrinker } from '../photos/photo-shrinker';
import { acceptFile, tooManyFiles } from './accept-file';

export type SkippedFile = { name: string; reason: LocalizedText };

export type CheckedImport = {
  /** What the new draft's index lists: exactly the files that passed, with their type and size after shrinking. */
  index: DraftFile[];
  stored: StoredFile[];
  skipped: SkippedFile[];
  /** Photos kept as they came because this browser could not shrink them (the user is told). */
  notes: SkippedFile[];
};

const missingBytes = (name: string): SkippedFile => ({
  name,
  reason: {
    de: `„${name}“ fehlt in der Exportdatei.`,
    en: `“${name}” is missing from the export file.`,
  },
});

/**
 * An export file comes from outside: its files pass the same door as an upload (type check beyond the first
 * bytes, photos shrunk and stripped of EXIF/GPS), so an HTML page labelled as a JPEG or a photo with its
 * location never enters the draft this way. Ids are kept, because the answers point at files by id. Every file
 * that does not pass is named, never dropped silently.
 */
export async function checkImportedFiles(
  index: readonly DraftFile[],
  entries: readonly StoredFile[],
  shrinkPhoto: PhotoShrinker,
): Promise<CheckedImport> {
  const result: CheckedImport = { index: [], stored: [], skipped: [], notes: [] };
  const bytesById = new Map(entries.map((entry) => [entry.id, entry]));
  for (const meta of index) {
    const entry = bytesById.get(meta.id);
    bytesById.delete(meta.id);
    if (!entry) {
      result.skipped.push(missingBytes(meta.name));
      continue;
    }
    if (result.stored.length >= maxFilesPerDraft) {
      result.skipped.push({ name: meta.name, reason: tooManyFiles });
      continue;
    }
    const file = new File([entry.bytes.slice()], meta.name, { type: meta.type });
    const shrunk = await acceptFile(file, shrinkPhoto);
    if (!shrunk.ok) {
      result.skipped.push({ name: shrunk.name, reason: shrunk.reason });
      continue;
    }
    if (shrunk.note) result.notes.push({ name: shrunk.name, reason: shrunk.note });
    const checked: DraftFile = {
      id: meta.id,
      name: shrunk.name,
      type: shrunk.type,
      size: shrunk.bytes.byteLength,
      addedAt: meta.addedAt,
    };
    result.index.push(checked);
    result.stored.push({ ...checked, bytes: shrunk.bytes });
  }
  // Bytes that the draft's index does not list belong to nothing the user can see: named, not imported.
  for (const entry of bytesById.values()) {
    result.skipped.push({
      name: entry.name,
      reason: {
        de: `„${entry.name}“ gehört zu keiner Angabe im Entwurf und wurde nicht übernommen.`,
        en: `“${entry.name}” belongs to no answer in the draft and was not taken over.`,
      },
    });
  }
  return result;
}
