export type PhotoType = 'image/jpeg' | 'image/png';

export type Encoded = { type: PhotoType; size: number };

/**
 * A PNG (mostly screenshots) becomes a JPEG only if that is smaller: screenshots of text are often smaller and
 * sharper as PNG, photos saved as PNG are much smaller as JPEG. Both candidates are re-encoded, so either way
 * the metadata chunks of the upload are gone. Ties keep the PNG (lossless).
 */
export function pickSmaller<T extends Encoded>(png: T, jpeg: T): T {
  return jpeg.size < png.size ? jpeg : png;
}

const extensions: Record<PhotoType, string> = { 'image/jpeg': '.jpg', 'image/png': '.png' };

/**
 * The stored name follows the stored bytes: the user's stem ("Quittung Apotheke März") with the extension of
 * what the photo became, so a PNG turned JPEG is not called .png.
 */
export function shrunkName(original: string, type: PhotoType): string {
  const dot = original.lastIndexOf('.');
  const stem = (dot >= 0 ? original.slice(0, dot) : original).trim();
  return `${stem || 'foto'}${extensions[type]}`;
}
