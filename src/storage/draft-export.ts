import { concatBytes } from '../documents/concat-bytes';
import { bytesEqual } from './bytes';
import {
  decryptBytes,
  derivePassphraseKey,
  encryptBytes,
  encryptBytesWithIvInAad,
  maxPassphraseIterations,
  passphraseIterations,
  randomSalt,
} from './draft-crypto';
import { frameHeader, parseExport } from './export-format';
import { packPayload, unpackPayload, type ExportableDraft } from './export-payload';
import { exportVerifierAad } from './record-aad';

/** An encrypted file to move a draft from one device to another (e.g. phone to desktop). */
export const draftExportExtension = '.zbentwurf';
export const draftExportMimeType = 'application/octet-stream';

export type ImportResult =
  | ({ ok: true } & ExportableDraft)
  | { ok: false; reason: 'notAnExport' | 'unsupportedVersion' | 'wrongPassphrase' | 'damaged' };

export interface ExportOptions {
  /** Tests only: fewer PBKDF2 iterations than passphraseIterations, which is the default. */
  testOnlyIterations?: number;
}

// Decrypting this tells a wrong passphrase (verifier fails) from a damaged file (verifier fine, payload fails).
const verifierPlaintext = new TextEncoder().encode('zb-export-ok');

/** Encrypts the draft and its files under a key derived from `passphrase` (PBKDF2-SHA256, 600,000 rounds). */
export async function exportDraft(
  draft: ExportableDraft,
  passphrase: string,
  options: ExportOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  if (passphrase.length === 0) throw new RangeError('The passphrase must not be empty.');
  const iterations = options.testOnlyIterations ?? passphraseIterations;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > maxPassphraseIterations) {
    throw new RangeError(`PBKDF2 iterations must be an integer from 1 to ${maxPassphraseIterations}.`);
  }
  const salt = randomSalt();
  const key = await derivePassphraseKey(passphrase, salt, iterations);
  const verifier = await encryptBytes(key, verifierPlaintext, exportVerifierAad);
  const payload = packPayload(draft);
  try {
    const sealed = await encryptBytesWithIvInAad(key, payload, (iv) =>
      frameHeader({
        cipher: 'AES-GCM-256',
        kdf: 'PBKDF2',
        hash: 'SHA-256',
        iterations,
        salt,
        iv,
        verifierIv: verifier.iv,
        verifier: verifier.ciphertext,
      }),
    );
    return concatBytes([sealed.aad, sealed.ciphertext]);
  } finally {
    payload.fill(0);
  }
}

/** Reads an export file. Never throws, whatever the bytes: every failure is a reason the UI can name. */
export async function importDraft(bytes: Uint8Array, passphrase: string): Promise<ImportResult> {
  const damaged = { ok: false, reason: 'damaged' } as const;
  try {
    if (!(bytes instanceof Uint8Array)) return { ok: false, reason: 'notAnExport' };
    const parsed = parseExport(bytes);
    if (!parsed.ok) return parsed;
    if (passphrase.length === 0) return { ok: false, reason: 'wrongPassphrase' };
    const { header } = parsed;
    const key = await derivePassphraseKey(passphrase, header.salt, header.iterations);
    const verifier = { iv: header.verifierIv, ciphertext: header.verifier };
    const check = await decryptBytes(key, verifier, exportVerifierAad).catch(() => undefined);
    if (!check || !bytesEqual(check, verifierPlaintext)) return { ok: false, reason: 'wrongPassphrase' };
    const payload = await decryptBytes(
      key,
      { iv: header.iv, ciphertext: parsed.ciphertext },
      parsed.aad,
    ).catch(() => undefined);
    if (!payload) return damaged;
    try {
      const draft = unpackPayload(payload);
      return draft ? { ok: true, ...draft } : damaged;
    } finally {
      payload.fill(0);
    }
  } catch {
    return damaged;
  }
}
