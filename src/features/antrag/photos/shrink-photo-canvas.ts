import { checkDecodable } from '../../../documents/image/decode-guard';
import { firstJpegQuality, nextJpegQuality } from '../../../documents/image/jpeg-quality';
import { pickSmaller, type PhotoType } from '../../../documents/image/photo-output';
import { targetSize } from '../../../documents/image/target-size';
import type { ShrinkResponse } from './shrink-photo-messages';

type Encoding = { type: PhotoType; size: number; blob: Blob; quality: number | undefined };

async function encodeJpeg(canvas: OffscreenCanvas): Promise<Encoding> {
  let quality: number | undefined = firstJpegQuality;
  let kept: Encoding | undefined;
  while (quality !== undefined) {
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
    kept = { type: 'image/jpeg', size: blob.size, blob, quality };
    quality = nextJpegQuality(quality, blob.size);
  }
  if (!kept) throw new Error('encodeJpeg: no encoding');
  return kept;
}

type Shrunk = Omit<Extract<ShrinkResponse, { ok: true }>, 'id'>;
type Refused = Omit<Extract<ShrinkResponse, { ok: false }>, 'id'>;

/**
 * Decodes the photo upright (EXIF orientation applied), draws it at most 2000 px on the long edge and encodes it
 * anew. Nothing of the original file survives but its pixels: EXIF with the GPS position, XMP, IPTC, comments
 * and PNG text chunks are left behind because the encoder never sees them. Runs in the shrinking worker.
 */
export async function shrinkOnCanvas(bytes: Uint8Array, type: PhotoType): Promise<Shrunk | Refused> {
  const check = checkDecodable(bytes, type);
  if (!check.ok) return { ok: false, reason: check.reason };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), {
      imageOrientation: 'from-image',
    });
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  try {
    const size = targetSize({ width: bitmap.width, height: bitmap.height });
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('shrinkOnCanvas: no 2d context');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    let chosen: Encoding;
    if (type === 'image/png') {
      const pngBlob = await canvas.convertToBlob({ type: 'image/png' });
      // JPEG has no transparency: a transparent screenshot would turn black, so it goes onto white paper.
      context.globalCompositeOperation = 'destination-over';
      context.fillStyle = '#fff';
      context.fillRect(0, 0, size.width, size.height);
      const png: Encoding = { type: 'image/png', size: pngBlob.size, blob: pngBlob, quality: undefined };
      chosen = pickSmaller(png, await encodeJpeg(canvas));
    } else {
      chosen = await encodeJpeg(canvas);
    }
    return {
      ok: true,
      type: chosen.type,
      bytes: new Uint8Array(await chosen.blob.arrayBuffer()),
      width: size.width,
      height: size.height,
      quality: chosen.quality,
    };
  } finally {
    bitmap.close();
  }
}
