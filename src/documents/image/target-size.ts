// Receipts must stay legible to a caseworker: 2000 px on the long edge keeps 7-pt print on an A4 page readable
// (about 170 dpi) while a 12-megapixel phone photo shrinks to a quarter of its pixels.
export const maxLongEdge = 2000;

export type PixelSize = { width: number; height: number };

/**
 * The size a photo is drawn at: scaled down so that its long edge is at most `maxLongEdge`, aspect ratio kept,
 * never scaled up. Takes the size after EXIF orientation, so a portrait photo stays portrait.
 */
export function targetSize({ width, height }: PixelSize, longEdge = maxLongEdge): PixelSize {
  if (!(width > 0 && height > 0)) throw new RangeError(`targetSize: no pixels in ${width}×${height}`);
  const scale = Math.min(1, longEdge / Math.max(width, height));
  if (scale === 1) return { width, height };
  // Rounded, but never to 0 px: a 1 × 5000 strip still has a column.
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}
