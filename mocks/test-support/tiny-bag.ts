import { createHash } from 'node:crypto';
import { zipSync, strToU8 } from 'fflate';

/*
 * Tests only: a small but well-formed BagIt bag zipped the way the app's bundle writer does, built here so the
 * mock's tests do not depend on that writer (src/documents/bundle).
 */

export interface TinyBag {
  zip: Uint8Array<ArrayBuffer>;
  /** The exact bytes of `<base>/manifest-sha256.txt` inside the zip. */
  manifest: Uint8Array;
}

export function tinyBag(payloadText = 'Quittung Apotheke 12,34 EUR', base = 'zb-antrag'): TinyBag {
  const payload = strToU8(payloadText);
  const digest = createHash('sha256').update(payload).digest('hex');
  const manifest = strToU8(`${digest}  data/quittung-1.txt\n`);
  const zip = zipSync({
    [`${base}/bagit.txt`]: strToU8('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'),
    [`${base}/bag-info.txt`]: strToU8('Bagging-Date: 2026-03-01\n'),
    [`${base}/manifest-sha256.txt`]: manifest,
    [`${base}/tagmanifest-sha256.txt`]: strToU8(''),
    [`${base}/data/quittung-1.txt`]: payload,
  });
  return { zip, manifest };
}

/** A zip that is not a bag: no manifest at any depth the mock accepts. */
export function zipWithoutManifest(): Uint8Array<ArrayBuffer> {
  return zipSync({ 'readme.txt': strToU8('kein Bag') });
}
