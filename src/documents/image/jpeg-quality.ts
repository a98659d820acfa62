// Receipt photos are black print on white paper: at 0.8 they are crisp and typically 250–450 KB at 2000 px.
// Busy photos (a crumpled receipt on a patterned tablecloth) come out larger; stepping down trades some
// smoothness of the background for size, but below 0.6 the ringing around small print starts to hurt legibility.
export const jpegQualities = [0.8, 0.75, 0.7, 0.65, 0.6] as const;

/** What a shrunk photo should weigh: 30 receipts then fit a bundle of about 15 MB. */
export const targetJpegBytes = 450 * 1024;

export const firstJpegQuality = jpegQualities[0];

/**
 * The quality to try next after an encoding at `quality` gave `bytes`, or undefined to keep that encoding: it
 * is small enough, or the floor is reached (then the result is kept although it is above the target).
 */
export function nextJpegQuality(
  quality: number,
  bytes: number,
  target = targetJpegBytes,
): number | undefined {
  if (bytes <= target) return undefined;
  const index = jpegQualities.findIndex((step) => step === quality);
  if (index === -1) throw new RangeError(`nextJpegQuality: ${quality} is not one of the steps`);
  return jpegQualities[index + 1];
}
