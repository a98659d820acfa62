import { sniffUploadType, type UploadType } from '../../domain/uploads/upload-policy';
import { applicationJsonPath } from './bag-layout';
import type { BundleLimits } from './bundle-limits';
import { finding, type BundleProblem } from './bundle-problem';
import { jpegDimensions, pngDimensions } from './image-dimensions';

export type PayloadType = UploadType | 'application/json';

const byExtension: Record<string, UploadType> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
};

const typeNames: Record<UploadType, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/pdf': 'PDF',
};

/** The type a payload file claims by its name, or undefined for a name the bag may not hold. */
export function expectedType(bagPath: string): PayloadType | undefined {
  if (bagPath === applicationJsonPath) return 'application/json';
  const extension = /\.([a-z]+)$/i.exec(bagPath)?.[1]?.toLowerCase();
  // hasOwn: an extension like .constructor must not find Object.prototype's members.
  return extension !== undefined && Object.hasOwn(byExtension, extension)
    ? byExtension[extension]
    : undefined;
}

const unknownType = (bagPath: string): BundleProblem =>
  finding(
    'file.type-not-allowed',
    bagPath,
    'Nur JPEG, PNG und PDF sind als Anlage erlaubt.',
    'only JPEG, PNG and PDF are allowed as attachments',
  );

/**
 * Checks that a payload file is what its name says, by its magic bytes (never the name alone), and that an
 * image's header dimensions stay within the limits. application.json is checked where it is parsed.
 */
export function checkFileType(
  bagPath: string,
  bytes: Uint8Array,
  limits: BundleLimits,
): { ok: true; type: PayloadType } | { ok: false; problem: BundleProblem } {
  const type = expectedType(bagPath);
  if (type === undefined) return { ok: false, problem: unknownType(bagPath) };
  const problem = typeProblem(bagPath, type, bytes, limits);
  return problem === undefined ? { ok: true, type } : { ok: false, problem };
}

function typeProblem(
  bagPath: string,
  expected: PayloadType,
  bytes: Uint8Array,
  limits: BundleLimits,
): BundleProblem | undefined {
  if (expected === 'application/json') return undefined;
  if (sniffUploadType(bytes.subarray(0, 16)) !== expected) {
    const name = typeNames[expected];
    return finding(
      'file.type-mismatch',
      bagPath,
      `Die Datei ist kein ${name}, wie ihr Name sagt.`,
      `the file is not a ${name} as its name says`,
    );
  }
  if (expected === 'application/pdf') return undefined;
  const size = expected === 'image/png' ? pngDimensions(bytes) : jpegDimensions(bytes);
  if (size === undefined || size.width === 0 || size.height === 0) {
    return finding(
      'image.no-dimensions',
      bagPath,
      'Die Bildgröße lässt sich nicht lesen.',
      'the image size cannot be read',
    );
  }
  if (
    size.width > limits.maxImageSide ||
    size.height > limits.maxImageSide ||
    size.width * size.height > limits.maxImagePixels
  ) {
    return finding(
      'image.too-large',
      bagPath,
      `Das Bild ist mit ${size.width} × ${size.height} Pixeln zu groß.`,
      `the image is too large at ${size.width} × ${size.height} pixels`,
    );
  }
  return undefined;
}
