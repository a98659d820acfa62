import { unzipSync, type Unzipped } from 'fflate';

/**
 * Finds the bag's manifest inside the uploaded zip without unpacking anything else: the upload bundle holds one
 * BagIt bag, `<base>/manifest-sha256.txt` lists every payload file's hash, so its own hash pins the whole bag.
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

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // WebCrypto takes no view on a SharedArrayBuffer: copy only when the bytes live in one.
  const source =
    bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  const digest = await crypto.subtle.digest('SHA-256', source);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
