import type { KeyringRecord, PassphraseKeyringRecord } from './draft-db';
import { bytesEqual } from './bytes';
import {
  decryptBytes,
  derivePassphraseKey,
  encryptBytes,
  generateDeviceKey,
  ivBytes,
  maxPassphraseIterations,
  passphraseIterations,
  randomSalt,
  saltBytes,
} from './draft-crypto';
import { keyringVerifierAad } from './record-aad';

// The verifier's plaintext is public; it only has to be recognisable after decryption.
const verifierPlaintext = new TextEncoder().encode('zb-keyring-ok');

export async function createKeyring(
  passphrase: string | undefined,
  iterations: number = passphraseIterations,
): Promise<{ record: KeyringRecord; key: CryptoKey }> {
  if (passphrase === undefined) {
    const key = await generateDeviceKey();
    return { record: { kind: 'device', formatVersion: 1, key }, key };
  }
  if (passphrase.length === 0) throw new RangeError('The passphrase must not be empty.');
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > maxPassphraseIterations) {
    throw new RangeError(`PBKDF2 iterations must be an integer from 1 to ${maxPassphraseIterations}.`);
  }
  const salt = randomSalt();
  const key = await derivePassphraseKey(passphrase, salt, iterations);
  const verifier = await encryptBytes(key, verifierPlaintext, keyringVerifierAad);
  const record: PassphraseKeyringRecord = {
    kind: 'passphrase',
    formatVersion: 1,
    kdf: 'PBKDF2',
    hash: 'SHA-256',
    iterations,
    salt,
    verifierIv: verifier.iv,
    verifierCiphertext: verifier.ciphertext,
  };
  return { record, key };
}

function isDraftKey(value: unknown): value is CryptoKey {
  return (
    value instanceof CryptoKey &&
    value.algorithm.name === 'AES-GCM' &&
    value.usages.includes('encrypt') &&
    value.usages.includes('decrypt')
  );
}

/** Reads a keyring record from disk; undefined when it is not one this code wrote (damaged or tampered). */
export function readKeyring(value: unknown): KeyringRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Partial<Record<string, unknown>>;
  if (record.formatVersion !== 1) return undefined;
  if (record.kind === 'device') return isDraftKey(record.key) ? (value as KeyringRecord) : undefined;
  const wellFormed =
    record.kind === 'passphrase' &&
    record.kdf === 'PBKDF2' &&
    record.hash === 'SHA-256' &&
    typeof record.iterations === 'number' &&
    Number.isInteger(record.iterations) &&
    record.iterations >= 1 &&
    record.iterations <= maxPassphraseIterations &&
    record.salt instanceof Uint8Array &&
    record.salt.byteLength === saltBytes &&
    record.verifierIv instanceof Uint8Array &&
    record.verifierIv.byteLength === ivBytes &&
    record.verifierCiphertext instanceof Uint8Array;
  return wellFormed ? (value as KeyringRecord) : undefined;
}

/** The key for a passphrase, or undefined when the verifier does not decrypt with it. */
export async function unlockKeyring(
  record: PassphraseKeyringRecord,
  passphrase: string,
): Promise<CryptoKey | undefined> {
  const key = await derivePassphraseKey(passphrase, record.salt, record.iterations);
  try {
    const verifier = { iv: record.verifierIv, ciphertext: record.verifierCiphertext };
    const plaintext = await decryptBytes(key, verifier, keyringVerifierAad);
    return bytesEqual(plaintext, verifierPlaintext) ? key : undefined;
  } catch {
    return undefined;
  }
}
