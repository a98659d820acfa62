import type { ApplicationDocument } from '../../../domain/application/application-document';
import { parseApplicationDocument } from '../../../documents/bundle/application-document-check';
import { antragPdfPath, applicationJsonPath } from '../../../documents/bundle/bag-layout';
import { defaultBundleLimits } from '../../../documents/bundle/bundle-limits';
import { checkEntryPaths } from '../../../documents/bundle/entry-paths';
import { unzipEntries } from '../../../documents/bundle/unzip-entries';
import { readZipDirectory } from '../../../documents/bundle/zip-directory';

/** The bundle as it was sent, with the two files the confirmation needs taken out of it unchanged. */
export type SentBundle = {
  zip: Uint8Array;
  /** data/antrag.pdf, byte for byte as the insurer received it. */
  pdf: Uint8Array;
  /** data/application.json as sent: the cover sheet and the refund are made from it, never from the draft. */
  document: ApplicationDocument;
};

/**
 * Opens the kept bundle without the full reader's checks (hashes, image and PDF scans): the bytes are our own,
 * kept under authenticated encryption, and only these two entries are inflated. Undefined if they are missing.
 */
export function readSentBundle(zip: Uint8Array): SentBundle | undefined {
  const directory = readZipDirectory(zip, defaultBundleLimits.maxEntries);
  if (!directory.ok) return undefined;
  const paths = checkEntryPaths(directory.entries);
  if (!paths.ok) return undefined;
  const wanted = paths.files.filter((file) => [antragPdfPath, applicationJsonPath].includes(file.bagPath));
  const unzipped = unzipEntries(zip, wanted);
  if (!unzipped.ok) return undefined;
  const pdf = unzipped.contents.get(antragPdfPath);
  const json = unzipped.contents.get(applicationJsonPath);
  if (!pdf || !json) return undefined;
  let parsedJson: unknown;
  try {
    parsedJson = JSON.parse(new TextDecoder().decode(json));
  } catch {
    return undefined;
  }
  const parsed = parseApplicationDocument(parsedJson);
  return parsed.ok ? { zip, pdf, document: parsed.document } : undefined;
}
