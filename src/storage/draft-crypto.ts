import { toBufferSource } from './bytes';

/** OWASP Password Storage Cheat Sheet: PBKDF2-HMAC-SHA256 with at least 600,000 iterations. */
export const passphraseIterations = 600_000;
/** Beyond this a keyring or export is refused: a tampered count must not freeze the tab for hours. */
export const maxPassphraseIterations = 5_000_000;
export const saltBytes = 16;
/** 96-bit IVs, fresh and random for every encryption (NIST SP 800-38D). */
export const ivBytes = 12;

export interface EncryptedBytes {
  iv: Uint8Array;
  ciphertext: Uint8Array;
}

const aesGcm256 = { name: 'AES-GCM', length: 256 } as const;

// One key, one purpose (TR O.Cryp_4): draft keys only encrypt and decrypt.
function keyUsages(): KeyUsage[] {
  return ['encrypt', 'decrypt'];
}

/** Option B: a random key that never leaves WebCrypto; IndexedDB keeps the CryptoKey object itself. */
export function generateDeviceKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey(aesGcm256, false, keyUsages());
}

export function randomSalt(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(saltBytes));
}

/** Option A and exports: the key comes from a passphrase and is never stored, nor is the passphrase. */
export async function derivePassphraseKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
): Promise<CryptoKey> {
  // NFC, so the same passphrase typed on a phone and on a desktop gives the same bytes.
  const secret = new TextEncoder().encode(passphrase.normalize('NFC'));
  try {
    const baseKey = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
    return await crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt: toBufferSource(salt), iterations },
      baseKey,
      aesGcm256,
      false,
      keyUsages(),
    );
  } finally {
    secret.fill(0);
  }
}

export async function encryptBytes(
  key: CryptoKey,
  plaintext: Uint8Array,
  aad: Uint8Array,
): Promise<{ iv: Uint8Array<ArrayBuffer>; ciphertext: Uint8Array<ArrayBuffer> }> {
  const { iv, ciphertext } = await encryptBytesWithIvInAad(key, plaintext, () => aad);
  return { iv, ciphertext };
}

/**
 * For an export whose authenticated header names the IV: the IV is still drawn fresh here, then handed to
 * `aadFor` to build the AAD. No caller can choose (and so reuse) an IV.
 */
export async function encryptBytesWithIvInAad(
  key: CryptoKey,
  plaintext: Uint8Array,
  aadFor: (iv: Uint8Array<ArrayBuffer>) => Uint8Array,
): Promise<{ iv: Uint8Array<ArrayBuffer>; ciphertext: Uint8Array<ArrayBuffer>; aad: Uint8Array }> {
  const iv = crypto.getRandomValues(new Uint8Array(ivBytes));
  const aad = aadFor(iv.slice());
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: toBufferSource(aad), tagLength: 128 },
    key,
    toBufferSource(plaintext),
  );
  return { iv, ciphertext: new Uint8Array(ciphertext), aad };
}

/** Rejects (OperationError) when the key, IV, ciphertext or AAD differ from what was encrypted. */
export async function decryptBytes(
  key: CryptoKey,
  encrypted: EncryptedBytes,
  aad: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  const plaintext = await crypto.subtle.decrypt(
    {
      name: 'AES-GCM',
      iv: toBufferSource(encrypted.iv),
      additionalData: toBufferSource(aad),
      tagLength: 128,
    },
    key,
    toBufferSource(encrypted.ciphertext),
  );
  return new Uint8Array(plaintext);
}

/** Encrypts a JSON value; the UTF-8 plaintext is zeroed afterwards (TR O.Source_5). */
export async function encryptJson(
  key: CryptoKey,
  value: unknown,
  aad: Uint8Array,
): Promise<{ iv: Uint8Array<ArrayBuffer>; ciphertext: Uint8Array<ArrayBuffer> }> {
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) throw new TypeError('Only JSON values can be encrypted.');
  const plaintext = new TextEncoder().encode(text);
  try {
    return await encryptBytes(key, plaintext, aad);
  } finally {
    plaintext.fill(0);
  }
}

/**
 * Decrypts a JSON value; the plaintext bytes are zeroed even when they are not valid UTF-8 or JSON.
 * The resulting strings cannot be wiped: a residual risk of JavaScript (TR O.Plat_7).
 */
export async function decryptJson(
  key: CryptoKey,
  encrypted: EncryptedBytes,
  aad: Uint8Array,
): Promise<unknown> {
  const plaintext = await decryptBytes(key, encrypted, aad);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext)) as unknown;
  } finally {
    plaintext.fill(0);
  }
}
