// The names our BagIt bags use (RFC 8493, docs/adr/0009-upload-bundle-bagit.md): one base directory in the zip,
// four tag files beside the payload directory `data/`.

export const bagitTxt = 'bagit.txt';
export const bagInfoTxt = 'bag-info.txt';
export const manifestTxt = 'manifest-sha256.txt';
export const tagManifestTxt = 'tagmanifest-sha256.txt';
export const tagFiles = [bagitTxt, bagInfoTxt, manifestTxt, tagManifestTxt] as const;

export const payloadDir = 'data/';
export const applicationJsonPath = 'data/application.json';
export const antragPdfPath = 'data/antrag.pdf';

/** RFC 8493 § 2.1.1: the declaration, byte for byte as the writer emits it. */
export const bagitTxtContent = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';

export const baseDirectoryName = (applicationId: string): string => `zuzahlungsbefreiung-${applicationId}`;

/**
 * The writer's name rule for attachments in data/: lower-case ASCII letters, digits, ".", "_" and "-", starting
 * with a letter or digit, at most 100 characters before the extension, and one of the three extensions the
 * reader can check. attachment-name.ts makes names of this shape; buildBundle refuses any other.
 */
export const attachmentNamePattern = /^[a-z0-9][a-z0-9._-]{0,99}\.(jpg|jpeg|png|pdf)$/;

export const isAttachmentName = (name: string): boolean => attachmentNamePattern.test(name);

/**
 * Whether our writer can put a file at `bagPath` (the path inside the base directory): the four tag files, the
 * application, the Antrag PDF, or an attachment named by the rule above. The reader accepts exactly these, so
 * that nothing the app never writes (an .html page, a file with a right-to-left override in its name, a folder
 * entry) reaches a caseworker's disk.
 */
export function isWriterBagPath(bagPath: string): boolean {
  if ((tagFiles as readonly string[]).includes(bagPath)) return true;
  if (bagPath === applicationJsonPath || bagPath === antragPdfPath) return true;
  return bagPath.startsWith(payloadDir) && isAttachmentName(bagPath.slice(payloadDir.length));
}

/**
 * A family member's own part (issue 14, ADR 0024): a bag of its own with `data/member-part.json` and the member's
 * proofs, in a folder named after the invitation, so that it can never be mistaken for, or unpacked over, an
 * application bundle.
 */
export const memberPartJsonPath = 'data/member-part.json';

export const memberPartBaseDirectoryName = (invitationId: string): string =>
  baseDirectoryName(`teil-${invitationId}`);

/** isWriterBagPath for a member's part: the tag files, member-part.json and attachments named by the rule. */
export function isMemberPartWriterBagPath(bagPath: string): boolean {
  if ((tagFiles as readonly string[]).includes(bagPath)) return true;
  if (bagPath === memberPartJsonPath) return true;
  return bagPath.startsWith(payloadDir) && isAttachmentName(bagPath.slice(payloadDir.length));
}
