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
  de: 'Dieser Browser kann Fotos nicht verkleinern: Sie werden unverändert gespeichert, mit allen Angaben der Kamera (etwa dem Aufnahmeort).',
  en: 'This browser cannot shrink photos: they are stored unchanged, with everything the camera recorded (such as the location).',
};

/** For browsers without OffscreenCanvas: the photo as it came, with a note saying so. */
export const keepOriginal: PhotoShrinker = async (upload) =>
  upload.type === 'application/pdf' ? { ok: true, ...upload } : { ok: true, ...upload, note: notShrunkNote };
