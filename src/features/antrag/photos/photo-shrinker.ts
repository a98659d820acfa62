import { stripJpegMetadata, stripPngMetadata } from '../../../documents/image/strip-metadata';
import type { UploadType } from '../../../domain/uploads/upload-policy';
import type { LocalizedText } from '../../../domain/validation/result';

export type Upload = { name: string; type: UploadType; bytes: Uint8Array };

export type ShrinkResult =
  ({ ok: true; note?: LocalizedText } & Upload) | { ok: false; name: string; reason: LocalizedText };

/**
 * Turns a checked upload into what the draft stores: photos shrunk and stripped of their metadata, PDFs as they
 * are. Injected into the draft hook so that component tests in jsdom (no OffscreenCanvas) need no worker.
 */
export type PhotoShrinker = (upload: Upload) => Promise<ShrinkResult>;

export const notShrunkNote: LocalizedText = {
  de: 'Dieser Browser kann Fotos nicht verkleinern: Das Foto wird in voller Größe gespeichert. Angaben der Kamera wie der Aufnahmeort wurden entfernt.',
  en: 'This browser cannot shrink photos: the photo is stored at full size. What the camera recorded, such as the location, was removed.',
};

const unreadable = (name: string): LocalizedText => ({
  de: `„${name}“ lässt sich nicht als Bild öffnen. Fotografieren Sie das Dokument bitte neu.`,
  en: `“${name}” cannot be opened as a picture. Please take the photo again.`,
});

/**
 * For browsers without OffscreenCanvas: the photo at full size, but without its metadata (EXIF with the GPS
 * position, XMP, IPTC, text chunks), and a note saying it could not be shrunk. A photo whose segments cannot
 * be read is refused rather than stored with whatever it carries.
 */
export const stripOnly: PhotoShrinker = async (upload) => {
  if (upload.type === 'application/pdf') return { ok: true, ...upload };
  const stripped =
    upload.type === 'image/jpeg' ? stripJpegMetadata(upload.bytes) : stripPngMetadata(upload.bytes);
  if (!stripped) return { ok: false, name: upload.name, reason: unreadable(upload.name) };
  return { ok: true, ...upload, bytes: stripped, note: notShrunkNote };
};
