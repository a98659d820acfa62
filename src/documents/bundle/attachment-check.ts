import { sniffUploadType, type UploadType } from '../../domain/uploads/upload-policy';
import type { BundleLimits } from './bundle-limits';
import { finding, type BundleFlag, type BundleProblem } from './bundle-problem';
import { checkJpegStructure, checkPngStructure } from './image-structure';
import { scanPdf } from './pdf-active-content';

// One check for one attachment, wherever it arrives: when the applicant attaches it in the wizard
// (read-upload.ts) and when a caseworker's reader opens the bundle (read-bundle.ts). So a file the reader would
// refuse is refused at once, with the reason, and never first at sending.

export type AttachmentCheck =
  | { ok: true; type: UploadType; flags: BundleFlag[] }
  | { ok: false; problems: BundleProblem[]; flags: BundleFlag[] };

const typeNames: Record<UploadType, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/pdf': 'PDF',
};

/**
 * Checks that `bytes` are a complete file of `type` (magic bytes, then the structure behind them), that an
 * image's dimensions stay within the limits, and that a PDF carries no active content. `path` names the file in
 * every finding. Pure and synchronous; never throws.
 */
export function checkAttachment(
  path: string,
  bytes: Uint8Array,
  type: UploadType,
  limits: Pick<BundleLimits, 'maxImagePixels' | 'maxImageSide' | 'maxPdfInflatedBytes'>,
): AttachmentCheck {
  const name = typeNames[type];
  const refuse = (code: string, de: string, en: string): AttachmentCheck => ({
    ok: false,
    problems: [finding(code, path, de, en)],
    flags: [],
  });
  if (sniffUploadType(bytes.subarray(0, 16)) !== type) {
    return refuse(
      'file.type-mismatch',
      `Die Datei ist kein ${name}, wie ihr Name sagt.`,
      `the file is not a ${name} as its name says`,
    );
  }
  if (type === 'application/pdf') {
    const scan = scanPdf(path, bytes, limits.maxPdfInflatedBytes);
    return scan.problems.length > 0
      ? { ok: false, problems: scan.problems, flags: scan.flags }
      : { ok: true, type, flags: scan.flags };
  }
  const structure = type === 'image/png' ? checkPngStructure(bytes) : checkJpegStructure(bytes);
  if (!structure.ok) {
    return /dimensions|no-frame/.test(structure.reason)
      ? refuse(
          'image.no-dimensions',
          'Die Bildgröße lässt sich nicht lesen.',
          'the image size cannot be read',
        )
      : refuse(
          'image.malformed',
          `Die Datei ist kein vollständiges ${name}-Bild: Sie ist beschädigt oder unvollständig (${structure.reason}).`,
          `the file is not a complete ${name} image: it is damaged or cut off (${structure.reason})`,
        );
  }
  const { width, height } = structure.size;
  if (width > limits.maxImageSide || height > limits.maxImageSide || width * height > limits.maxImagePixels) {
    return refuse(
      'image.too-large',
      `Das Bild ist mit ${width} × ${height} Pixeln zu groß.`,
      `the image is too large at ${width} × ${height} pixels`,
    );
  }
  return { ok: true, type, flags: [] };
}
