import { defaultBundleLimits } from '../../../documents/bundle/bundle-limits';
import type { BundleProblem } from '../../../documents/bundle/bundle-problem';
import type { LocalizedText } from '../../../domain/validation/result';
import { maxUploadBytes, sniffUploadType, type UploadType } from '../../../domain/uploads/upload-policy';

export type ReadUpload =
  | { ok: true; name: string; type: UploadType; bytes: Uint8Array }
  | { ok: false; name: string; reason: LocalizedText };

const megabytes = maxUploadBytes / (1024 * 1024);

/** Why the reader would refuse the file, in the applicant's words, naming the file. */
function explain(name: string, problem: BundleProblem): LocalizedText {
  const { code, message } = problem;
  if (code === 'image.malformed' || code === 'image.no-dimensions' || code === 'file.type-mismatch') {
    return {
      de: `„${name}“ ist beschädigt oder unvollständig. Bitte fotografieren Sie das Dokument neu oder wählen Sie die Datei noch einmal.`,
      en: `“${name}” is damaged or incomplete. Please take the photo again or choose the file again.`,
    };
  }
  if (code.startsWith('pdf.')) {
    return {
      de: `„${name}“ kann nicht angenommen werden: ${message.de} Bitte laden Sie das Dokument als Foto oder Scan hoch.`,
      en: `“${name}” cannot be accepted: ${message.en}. Please upload the document as a photo or a scan.`,
    };
  }
  return {
    de: `„${name}“ kann nicht angenommen werden: ${message.de}`,
    en: `“${name}” cannot be accepted: ${message.en}.`,
  };
}

/**
 * Checks a chosen file against the upload policy: the size before reading a byte (ASVS 5.2.1), then the type by
 * its first bytes, whatever its name says (ASVS 5.2.2), then the same check the caseworker's reader makes
 * (attachment-check.ts: the structure behind the first bytes, image dimensions, active content in PDFs), so a
 * file the reader would refuse is explained here and never first at sending. Flags (a link in a PDF) do not
 * refuse an upload.
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
  // Loaded on first use: the checker brings pdf-lib's parser, which the first wizard pages do not need.
  const { checkAttachment } = await import('../../../documents/bundle/attachment-check');
  const checked = checkAttachment(name, bytes, type, defaultBundleLimits);
  const [problem] = checked.ok ? [] : checked.problems;
  if (problem !== undefined) return { ok: false, name, reason: explain(name, problem) };
  return { ok: true, name, type, bytes };
}
