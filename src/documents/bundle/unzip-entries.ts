import { Inflate } from 'fflate';
import { finding, type BundleProblem } from './bundle-problem';
import { crc32 } from './crc32';
import type { BagEntry } from './entry-paths';

export type UnzippedFiles =
  { ok: true; contents: Map<string, Uint8Array> } | { ok: false; problems: BundleProblem[] };

/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most 1032:1 (RFC 1951: a 258-byte match
 * in as little as two bits), so one step yields at most about 4 MiB however large the lie: that, plus the
 * declared size, is all a bomb costs.
 */
export const inflateStepBytes = 4096;

export type Inflated =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: 'longer' | 'shorter' | 'corrupt' };

/**
 * Inflates one deflate stream (APPNOTE 4.4.5 method 8) into exactly `declaredSize` bytes, and stops as soon as
 * the output passes that size. fflate's unzipSync does not: it writes into a buffer of the declared size,
 * silently drops whatever falls beyond it and keeps decoding to the end of the stream, so an entry that
 * declares 1 KB and inflates to 1 GB costs the time of 1 GB and, with the CRC of its first kilobyte, even
 * passes. Here the streaming inflater is fed step by step and abandoned at the first byte too many.
 */
export function inflateWithin(compressed: Uint8Array, declaredSize: number): Inflated {
  // An empty input is no deflate stream (an empty file deflates to two bytes), but fflate accepts it.
  if (compressed.length === 0) return { ok: false, reason: 'corrupt' };
  const out = new Uint8Array(declaredSize);
  let written = 0;
  let longer = false;
  const inflater = new Inflate((chunk) => {
    if (longer) return;
    if (written + chunk.length > declaredSize) {
      longer = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let at = 0; at < compressed.length && !longer; at += inflateStepBytes) {
      const stop = Math.min(at + inflateStepBytes, compressed.length);
      // The last step says "final": fflate then throws if the stream ends before its last block.
      inflater.push(compressed.subarray(at, stop), stop === compressed.length);
    }
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (longer) return { ok: false, reason: 'longer' };
  return written === declaredSize ? { ok: true, bytes: out } : { ok: false, reason: 'shorter' };
}

const unpacked = (zip: Uint8Array, entry: BagEntry): Inflated => {
  const data = zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  // Stored: zip-directory.ts has made sure both sizes agree.
  return entry.method === 0 ? { ok: true, bytes: data.slice() } : inflateWithin(data, entry.uncompressedSize);
};

/**
 * Unpacks exactly the entries checked before, from the data offsets zip-directory.ts found (no second parser
 * decides which bytes belong to an entry), and checks each against its declared size and CRC-32.
 */
export function unzipEntries(zip: Uint8Array, files: readonly BagEntry[]): UnzippedFiles {
  const contents = new Map<string, Uint8Array>();
  const problems: BundleProblem[] = [];
  for (const entry of files) {
    const result = unpacked(zip, entry);
    if (!result.ok && result.reason === 'corrupt') {
      problems.push(
        finding(
          'zip.corrupt-entry',
          entry.bagPath,
          'Die Datei lässt sich nicht entpacken.',
          'the file cannot be unpacked',
        ),
      );
    } else if (!result.ok && result.reason === 'longer') {
      problems.push(
        finding(
          'zip.longer-than-declared',
          entry.bagPath,
          `Die Datei ist entpackt größer, als das ZIP-Verzeichnis angibt (${entry.uncompressedSize} Bytes); das Entpacken wurde dort abgebrochen.`,
          `the file unpacks to more than the central directory declares (${entry.uncompressedSize} bytes); unpacking stopped there`,
        ),
      );
    } else if (!result.ok || crc32(result.bytes) !== entry.crc32) {
      problems.push(
        finding(
          'zip.size-mismatch',
          entry.bagPath,
          'Der entpackte Inhalt passt nicht zu Größe und Prüfsumme im ZIP-Verzeichnis.',
          'the unpacked content does not match the size and checksum in the zip directory',
        ),
      );
    } else {
      contents.set(entry.bagPath, result.bytes);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, contents };
}
