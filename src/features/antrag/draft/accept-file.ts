import { maxFilesPerDraft } from '../../../domain/uploads/upload-policy';
import type { LocalizedText } from '../../../domain/validation/result';
import type { PhotoShrinker, ShrinkResult } from '../photos/photo-shrinker';
import { readUpload } from './read-upload';

/**
 * The one door into a draft, for a file the user attaches and for one an export file brings: the upload policy
 * and the reader's check of the file (read-upload.ts), then photos shrunk and stripped of EXIF/GPS. What is
 * refused says why, naming the file; a photo kept unshrunk carries a note for the user.
 */
export async function acceptFile(file: File, shrinkPhoto: PhotoShrinker): Promise<ShrinkResult> {
  const read = await readUpload(file);
  if (!read.ok) return read;
  const shrunk = await shrinkPhoto({ name: read.name, type: read.type, bytes: read.bytes });
  return shrunk.ok ? shrunk : { ...shrunk, name: read.name };
}

/** Why a file beyond the draft's limit is not taken. */
export const tooManyFiles: LocalizedText = {
  de: `Ein Antrag kann höchstens ${maxFilesPerDraft} Dateien enthalten.`,
  en: `An application can hold at most ${maxFilesPerDraft} files.`,
};
