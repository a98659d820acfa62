import { jpegDimensions, pngDimensions, type Dimensions } from '../bundle/image-dimensions';
import type { PhotoType } from './photo-output';

// Decoding takes 4 bytes per pixel before anything is scaled: a 108-megapixel phone photo needs about 430 MB
// for a moment, which phones that take such photos have. Beyond that a small file can still claim a huge
// picture (a "decompression bomb"), which would crash the tab rather than fail politely.
export const maxDecodePixels = 110_000_000;

export type DecodeCheck =
  { ok: true; size: Dimensions } | { ok: false; reason: 'unreadable' | 'tooManyPixels' };

/** Reads the photo's size from its header, before any decoder sees the pixels. */
export function checkDecodable(bytes: Uint8Array, type: PhotoType): DecodeCheck {
  const size = type === 'image/png' ? pngDimensions(bytes) : jpegDimensions(bytes);
  if (!size || size.width === 0 || size.height === 0) return { ok: false, reason: 'unreadable' };
  if (size.width * size.height > maxDecodePixels) return { ok: false, reason: 'tooManyPixels' };
  return { ok: true, size };
}
