import { defaultBundleLimits } from './bundle-limits';
import { finding, type BundleProblem } from './bundle-problem';
import { crc32 } from './crc32';
import { inflateWithin, type Inflated } from './unzip-entries';
import { readZipDirectory } from './zip-directory';

/**
 * Finds the bag's manifest inside an uploaded zip without unpacking anything else: the upload bundle holds one
 * BagIt bag, `<base>/manifest-sha256.txt` lists every payload file's hash, so its own hash pins the whole bag.
 * The insurer's server and its mock twin both ask for it before the full check (readApplicationBundle), on the
 * request's own thread: so it reads the zip with the reader's strict directory (a zip whose structure the reader
 * refuses is refused here, with the reader's problem) and inflates the manifest alone, stopping at its declared
 * size (a manifest that lies about its size costs no more than the size it declares).
 */
const manifestName = /^[^/]+\/manifest-sha256\.txt$/;
// A manifest lists one line per file; anything near this size is not one, and must not be inflated.
const maxManifestBytes = 1024 * 1024;
const localFileHeader = [0x50, 0x4b, 0x03, 0x04];

export type BagManifest =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'notZip' | 'manifestMissing' }
  | { ok: false; reason: 'invalid'; problem: BundleProblem };

export function findBagManifest(zip: Uint8Array): BagManifest {
  if (!localFileHeader.every((byte, index) => zip[index] === byte)) return { ok: false, reason: 'notZip' };
  const directory = readZipDirectory(zip, defaultBundleLimits.maxEntries);
  if (!directory.ok) {
    // A zip broken as such (cut off, no directory) is "not a readable zip"; one whose structure is whole but not
    // what our writer makes (gaps, extra fields, comments …) fails the check, and says where.
    return directory.problem.code === 'zip.malformed'
      ? { ok: false, reason: 'notZip' }
      : { ok: false, reason: 'invalid', problem: directory.problem };
  }
  const manifests = directory.entries.filter(
    (entry) => entry.name !== undefined && manifestName.test(entry.name),
  );
  // Two bags in one upload would leave it open which one was meant.
  const [entry] = manifests;
  if (manifests.length !== 1 || entry === undefined || entry.uncompressedSize > maxManifestBytes) {
    return { ok: false, reason: 'manifestMissing' };
  }
  const data = zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const inflated: Inflated =
    entry.method === 0 ? { ok: true, bytes: data.slice() } : inflateWithin(data, entry.uncompressedSize);
  if (!inflated.ok || crc32(inflated.bytes) !== entry.crc32) {
    return {
      ok: false,
      reason: 'invalid',
      problem: finding(
        'zip.corrupt-entry',
        entry.displayName,
        'Die Datei lässt sich nicht entpacken oder passt nicht zu ihrer Prüfsumme.',
        'the file cannot be unpacked or does not match its checksum',
      ),
    };
  }
  return { ok: true, bytes: inflated.bytes };
}
