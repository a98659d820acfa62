// The one source of what applicants may upload (security checklist 2a, ASVS 5.1.1): the UI's hint text and
// every check derive from here. Photos and PDFs only — no SVG, HTML or archives from applicants.
export const uploadTypes = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type UploadType = (typeof uploadTypes)[number];

/** Per file, checked from `file.size` before a byte is read (ASVS 5.2.1). */
export const maxUploadBytes = 10 * 1024 * 1024;

/** Per draft: a chronically ill household collects hundreds of receipts a year (one photo each), plus proofs. */
export const maxFilesPerDraft = 1_000;

/** The `accept` attribute: phones offer the camera for image types. */
export const uploadAccept = uploadTypes.join(',');

// Magic bytes at offset 0 decide the type, never the name or the browser's guess (ASVS 5.2.2).
const signatures: readonly { type: UploadType; bytes: readonly number[] }[] = [
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
];

export function sniffUploadType(head: Uint8Array): UploadType | undefined {
  return signatures.find(({ bytes }) => bytes.every((byte, index) => head[index] === byte))?.type;
}
