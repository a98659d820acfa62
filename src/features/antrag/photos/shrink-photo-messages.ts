import type { PhotoType } from '../../../documents/image/photo-output';

/** What the page sends the shrinking worker: one photo, its bytes transferred. */
export type ShrinkRequest = { id: number; type: PhotoType; bytes: Uint8Array };

export type ShrinkFailure = 'unreadable' | 'tooManyPixels';

export type ShrinkResponse =
  | {
      id: number;
      ok: true;
      type: PhotoType;
      bytes: Uint8Array;
      width: number;
      height: number;
      /** The JPEG quality kept; undefined when the photo stayed a PNG. */
      quality: number | undefined;
    }
  | { id: number; ok: false; reason: ShrinkFailure };
