import { unzipSync, type Unzipped } from 'fflate';

/**
 * Finds the bag's manifest inside an uploaded zip without unpacking anything else: the upload bundle holds one
 * BagIt bag, `<base>/manifest-sha256.txt` lists every payload file's hash, so its own hash pins the whole bag.
 * The insurer's server and its mock twin both answer with it before the full check (readApplicationBundle).
 */
const manifestName = /^[^/]+\/manifest-sha256\.txt$/;
// A manifest lists one line per file; anything near this size is not one, and must not be inflated.
const maxManifestBytes = 1024 * 1024;
const localFileHeader = [0x50, 0x4b, 0x03, 0x04];

export type BagManifest =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: 'notZip' | 'manifestMissing' };

export function findBagManifest(zip: Uint8Array): BagManifest {
  if (!localFileHeader.every((byte, index) => zip[index] === byte)) return { ok: false, reason: 'notZip' };
  let found: Unzipped;
  try {
    found = unzipSync(zip, {
      filter: (file) => manifestName.test(file.name) && file.originalSize <= maxManifestBytes,
    });
  } catch {
    return { ok: false, reason: 'notZip' };
  }
  const manifests = Object.values(found);
  // Two bags in one upload would leave it open which one was meant.
  const [only] = manifests;
  return manifests.length === 1 && only
    ? { ok: true, bytes: only }
    : { ok: false, reason: 'manifestMissing' };
}
