import { unzipSync, type UnzipFileInfo } from 'fflate';
import { finding, type BundleProblem } from './bundle-problem';
import { crc32 } from './crc32';
import type { BagEntry } from './entry-paths';

export type UnzippedFiles =
  { ok: true; contents: Map<string, Uint8Array> } | { ok: false; problems: BundleProblem[] };

/**
 * Inflates exactly the entries checked before, through fflate's synchronous unzip (its asynchronous API
 * starts blob: workers, which our CSP forbids). The filter refuses any entry whose sizes or method differ from
 * the central directory we read, and fflate writes into a buffer of the declared size, so nothing inflates
 * beyond the limits. Shorter output is caught by the length, longer output (cut off by fflate) by the CRC.
 */
export function unzipEntries(zip: Uint8Array, files: readonly BagEntry[]): UnzippedFiles {
  const expected = new Map(files.map((entry) => [entry.name, entry]));
  const filterFor =
    (only?: string) =>
    (info: UnzipFileInfo): boolean => {
      const entry = expected.get(info.name);
      return (
        entry !== undefined &&
        (only === undefined || only === info.name) &&
        info.originalSize === entry.uncompressedSize &&
        info.size === entry.compressedSize &&
        info.compression === entry.method
      );
    };
  let unzipped: Record<string, Uint8Array> | undefined;
  try {
    unzipped = unzipSync(zip, { filter: filterFor() });
  } catch {
    // fflate does not say which entry it choked on: ask again one entry at a time.
    unzipped = undefined;
  }
  const contents = new Map<string, Uint8Array>();
  const problems: BundleProblem[] = [];
  for (const entry of files) {
    let bytes: Uint8Array | undefined;
    try {
      bytes = (unzipped ?? unzipSync(zip, { filter: filterFor(entry.name) }))[entry.name];
    } catch {
      bytes = undefined;
    }
    if (bytes === undefined) {
      problems.push(
        finding(
          'zip.corrupt-entry',
          entry.bagPath,
          'Die Datei lässt sich nicht entpacken.',
          'the file cannot be unpacked',
        ),
      );
    } else if (bytes.length !== entry.uncompressedSize || crc32(bytes) !== entry.crc32) {
      problems.push(
        finding(
          'zip.size-mismatch',
          entry.bagPath,
          'Der entpackte Inhalt passt nicht zu Größe und Prüfsumme im ZIP-Verzeichnis.',
          'the unpacked content does not match the size and checksum in the zip directory',
        ),
      );
    } else {
      contents.set(entry.bagPath, bytes);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, contents };
}
