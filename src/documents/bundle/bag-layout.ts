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
