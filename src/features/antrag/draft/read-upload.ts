import type { LocalizedText } from '../../../domain/validation/result';
import { maxUploadBytes, sniffUploadType, type UploadType } from '../../../domain/uploads/upload-policy';

export type ReadUpload =
  | { ok: true; name: string; type: UploadType; bytes: Uint8Array }
  | { ok: false; name: string; reason: LocalizedText };

const megabytes = maxUploadBytes / (1024 * 1024);

/**
 * Checks a chosen file against the upload policy: the size before reading a byte (ASVS 5.2.1), then the type by
 * its first bytes, whatever its name says (ASVS 5.2.2).
 */
export async function readUpload(file: File): Promise<ReadUpload> {
  const name = file.name;
  if (file.size > maxUploadBytes) {
    return {
      ok: false,
      name,
      reason: {
        de: `„${name}“ ist größer als ${megabytes} MB. Fotografieren Sie das Dokument neu oder verkleinern Sie die Datei.`,
        en: `“${name}” is larger than ${megabytes} MB. Take the photo again or make the file smaller.`,
      },
    };
  }
  if (file.size === 0) {
    return { ok: false, name, reason: { de: `„${name}“ ist leer.`, en: `“${name}” is empty.` } };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffUploadType(bytes.subarray(0, 16));
  if (type === undefined) {
    return {
      ok: false,
      name,
      reason: {
        de: `„${name}“ ist kein Foto (JPEG, PNG) und kein PDF. Bitte wählen Sie eine solche Datei.`,
        en: `“${name}” is neither a photo (JPEG, PNG) nor a PDF. Please choose such a file.`,
      },
    };
  }
  return { ok: true, name, type, bytes };
}
