import { z } from 'zod';
import { concatBytes } from '../documents/concat-bytes';
import { fromBase64, readUint32, toBase64, uint32Bytes } from './bytes';
import { ivBytes, maxPassphraseIterations, saltBytes } from './draft-crypto';

/*
 * The frame of an export file:
 *   "ZBENTWURF" (9 ASCII bytes) | format version (1 byte) | header length (uint32 BE) | header (UTF-8 JSON) | ciphertext
 * Everything before the ciphertext is its AAD, so the header (KDF parameters, salt, IV) cannot be swapped.
 * The header holds nothing personal.
 */

export const exportMagic = 'ZBENTWURF';
export const exportFormatVersion = 1;
const magicBytes = new TextEncoder().encode(exportMagic);
const prefixBytes = magicBytes.byteLength + 1 + 4;
const maxHeaderBytes = 4096;

function base64Of(minLength: number, maxLength = minLength) {
  return z.string().transform((text, context) => {
    const bytes = fromBase64(text);
    if (bytes && bytes.byteLength >= minLength && bytes.byteLength <= maxLength) return bytes;
    context.addIssue({ code: 'custom', message: `Expected ${minLength}–${maxLength} bytes in base64.` });
    return z.NEVER;
  });
}

const headerSchema = z.strictObject({
  cipher: z.literal('AES-GCM-256'),
  kdf: z.literal('PBKDF2'),
  hash: z.literal('SHA-256'),
  iterations: z.number().int().min(1).max(maxPassphraseIterations),
  salt: base64Of(saltBytes),
  iv: base64Of(ivBytes),
  verifierIv: base64Of(ivBytes),
  // A short known plaintext plus the 16-byte GCM tag.
  verifier: base64Of(16, 64),
});

export type ExportHeader = z.output<typeof headerSchema>;

export type ParsedExport =
  | { ok: true; header: ExportHeader; aad: Uint8Array; ciphertext: Uint8Array }
  | { ok: false; reason: 'notAnExport' | 'unsupportedVersion' | 'damaged' };

/** Magic, version, length and header: the bytes before the ciphertext, which are also its AAD. */
export function frameHeader(header: ExportHeader): Uint8Array<ArrayBuffer> {
  const json = JSON.stringify({
    cipher: header.cipher,
    kdf: header.kdf,
    hash: header.hash,
    iterations: header.iterations,
    salt: toBase64(header.salt),
    iv: toBase64(header.iv),
    verifierIv: toBase64(header.verifierIv),
    verifier: toBase64(header.verifier),
  });
  const headerBytes = new TextEncoder().encode(json);
  return concatBytes([
    magicBytes,
    Uint8Array.of(exportFormatVersion),
    uint32Bytes(headerBytes.byteLength),
    headerBytes,
  ]);
}

/** Splits untrusted bytes into header and ciphertext; never throws. */
export function parseExport(bytes: Uint8Array): ParsedExport {
  if (bytes.byteLength < magicBytes.byteLength || magicBytes.some((byte, index) => bytes[index] !== byte)) {
    return { ok: false, reason: 'notAnExport' };
  }
  const version = bytes[magicBytes.byteLength];
  if (version === undefined) return { ok: false, reason: 'damaged' };
  if (version !== exportFormatVersion) return { ok: false, reason: 'unsupportedVersion' };
  const headerLength = readUint32(bytes, magicBytes.byteLength + 1);
  if (headerLength === undefined || headerLength > maxHeaderBytes) return { ok: false, reason: 'damaged' };
  const headerEnd = prefixBytes + headerLength;
  if (headerEnd > bytes.byteLength) return { ok: false, reason: 'damaged' };
  let json: unknown;
  try {
    json = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(prefixBytes, headerEnd)),
    );
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const header = headerSchema.safeParse(json);
  if (!header.success) return { ok: false, reason: 'damaged' };
  return {
    ok: true,
    header: header.data,
    aad: bytes.subarray(0, headerEnd),
    ciphertext: bytes.subarray(headerEnd),
  };
}
