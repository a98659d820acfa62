import type { UploadType } from '../../domain/uploads/upload-policy';
import { checkAttachment } from './attachment-check';
import { applicationJsonPath } from './bag-layout';
import type { BundleLimits } from './bundle-limits';
import { finding, type BundleFlag, type BundleProblem } from './bundle-problem';

export type PayloadType = UploadType | 'application/json';

const byExtension: Record<string, UploadType> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
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

export type FileTypeCheck = { type: PayloadType | undefined; problems: BundleProblem[]; flags: BundleFlag[] };

/**
 * Checks that a payload file is what its name says — by its content, never the name alone — with the same
 * check as an upload in the wizard (attachment-check.ts). application.json is checked where it is parsed.
 */
export function checkFileType(bagPath: string, bytes: Uint8Array, limits: BundleLimits): FileTypeCheck {
  const type = expectedType(bagPath);
  if (type === undefined) {
    const problem = finding(
      'file.type-not-allowed',
      bagPath,
      'Nur JPEG, PNG und PDF sind als Anlage erlaubt.',
      'only JPEG, PNG and PDF are allowed as attachments',
    );
    return { type, problems: [problem], flags: [] };
  }
  if (type === 'application/json') return { type, problems: [], flags: [] };
  const checked = checkAttachment(bagPath, bytes, type, limits);
  return checked.ok
    ? { type, problems: [], flags: checked.flags }
    : { type: undefined, problems: checked.problems, flags: checked.flags };
}
