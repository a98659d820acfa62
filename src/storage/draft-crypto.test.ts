import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  decryptBytes,
  decryptJson,
  derivePassphraseKey,
  encryptBytes,
  encryptJson,
  generateDeviceKey,
  passphraseIterations,
  randomSalt,
  saltBytes,
} from './draft-crypto';
import { draftAad, fileAad, fileMetaAad } from './record-aad';
import { flipBit } from './stored-records.test-support';

const aad = new TextEncoder().encode('zb-draft|d1|1');
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('device key', () => {
  it('is AES-GCM-256, non-extractable, for encrypt and decrypt only', async () => {
    const key = await generateDeviceKey();
    expect(key.algorithm).toEqual({ name: 'AES-GCM', length: 256 });
    expect(key.extractable).toBe(false);
    expect([...key.usages].sort()).toEqual(['decrypt', 'encrypt']);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    await expect(crypto.subtle.exportKey('jwk', key)).rejects.toThrow();
  });
});

describe('encryptBytes / decryptBytes', () => {
  it('uses a fresh 96-bit IV each time, so the same plaintext never gives the same ciphertext', async () => {
    const key = await generateDeviceKey();
    const plaintext = new TextEncoder().encode('dieselbe Quittung');
    const first = await encryptBytes(key, plaintext, aad);
    const second = await encryptBytes(key, plaintext, aad);
    expect(first.iv.byteLength).toBe(12);
    expect(hex(first.iv)).not.toBe(hex(second.iv));
    expect(hex(first.ciphertext)).not.toBe(hex(second.ciphertext));
  });

  it('rejects when one bit of the ciphertext, the IV or the AAD changes, or the key differs', async () => {
    const key = await generateDeviceKey();
    const sealed = await encryptBytes(key, new Uint8Array([1, 2, 3, 4]), aad);
    await expect(decryptBytes(key, sealed, aad)).resolves.toEqual(new Uint8Array([1, 2, 3, 4]));
    await expect(
      decryptBytes(key, { ...sealed, ciphertext: flipBit(sealed.ciphertext, 2) }, aad),
    ).rejects.toThrow();
    await expect(decryptBytes(key, { ...sealed, iv: flipBit(sealed.iv, 5) }, aad)).rejects.toThrow();
    await expect(decryptBytes(key, sealed, flipBit(aad, 9))).rejects.toThrow();
    await expect(decryptBytes(await generateDeviceKey(), sealed, aad)).rejects.toThrow();
  });

  it('round-trips any bytes under any AAD', async () => {
    const key = await generateDeviceKey();
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2048 }),
        fc.uint8Array({ maxLength: 64 }),
        async (bytes, data) => {
          const sealed = await encryptBytes(key, bytes, data);
          expect(await decryptBytes(key, sealed, data)).toEqual(bytes);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('encryptJson / decryptJson', () => {
  it('round-trips JSON values, Unicode included', async () => {
    const key = await generateDeviceKey();
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const sealed = await encryptJson(key, value, aad);
        expect(await decryptJson(key, sealed, aad)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 60 },
    );
  });

  it('zeroes the plaintext bytes it created, after encrypting and after decrypting (TR O.Source_5)', async () => {
    const key = await generateDeviceKey();
    const encoded: Uint8Array[] = [];
    const encode = TextEncoder.prototype.encode;
    vi.spyOn(TextEncoder.prototype, 'encode').mockImplementation(function (
      this: TextEncoder,
      input?: string,
    ) {
      const bytes = encode.call(this, input);
      encoded.push(bytes);
      return bytes;
    });
    const sealed = await encryptJson(key, { diagnose: 'CANARY-DIAG-7f3a' }, aad);
    expect(encoded).toHaveLength(1);
    expect(encoded[0]!.byteLength).toBeGreaterThan(20);
    expect(encoded[0]!.every((byte) => byte === 0)).toBe(true);

    const decrypted: ArrayBuffer[] = [];
    const decrypt = crypto.subtle.decrypt.bind(crypto.subtle);
    vi.spyOn(crypto.subtle, 'decrypt').mockImplementation(async (...args) => {
      const buffer = await decrypt(...args);
      decrypted.push(buffer);
      return buffer;
    });
    expect(await decryptJson(key, sealed, aad)).toEqual({ diagnose: 'CANARY-DIAG-7f3a' });
    // Not JSON: the bytes are zeroed on the way out through the exception too.
    const notJson = await encryptBytes(key, new TextEncoder().encode('{"diagnose": CANARY'), aad);
    await expect(decryptJson(key, notJson, aad)).rejects.toThrow(SyntaxError);
    expect(decrypted).toHaveLength(2);
    for (const buffer of decrypted) {
      expect(buffer.byteLength).toBeGreaterThan(10);
      expect(new Uint8Array(buffer).every((byte) => byte === 0)).toBe(true);
    }
  });

  it('refuses values JSON cannot represent', async () => {
    const key = await generateDeviceKey();
    await expect(encryptJson(key, undefined, aad)).rejects.toThrow(TypeError);
  });
});

describe('derivePassphraseKey', () => {
  it('uses PBKDF2-HMAC-SHA256 with 600,000 iterations and a 16-byte salt into a non-extractable AES-GCM-256 key', async () => {
    const deriveKey = vi.spyOn(crypto.subtle, 'deriveKey');
    const salt = randomSalt();
    const key = await derivePassphraseKey('Korrekt Pferd Batterie', salt, passphraseIterations);
    expect(passphraseIterations).toBe(600_000);
    expect(saltBytes).toBe(16);
    expect(salt.byteLength).toBe(16);
    const [params, , derived, extractable, usages] = deriveKey.mock.calls[0]!;
    expect(params).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect(hex((params as Pbkdf2Params).salt as Uint8Array)).toBe(hex(salt));
    expect(derived).toEqual({ name: 'AES-GCM', length: 256 });
    expect(extractable).toBe(false);
    expect(usages).toEqual(['encrypt', 'decrypt']);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('gives a key that cannot decrypt what another passphrase or salt encrypted', async () => {
    const salt = randomSalt();
    const right = await derivePassphraseKey('richtig', salt, 1000);
    const sealed = await encryptJson(right, { a: 1 }, aad);
    await expect(decryptJson(await derivePassphraseKey('richtig', salt, 1000), sealed, aad)).resolves.toEqual(
      { a: 1 },
    );
    await expect(decryptJson(await derivePassphraseKey('falsch', salt, 1000), sealed, aad)).rejects.toThrow();
    await expect(
      decryptJson(await derivePassphraseKey('richtig', randomSalt(), 1000), sealed, aad),
    ).rejects.toThrow();
  });

  it('treats composed and decomposed umlauts alike, so a passphrase works on every keyboard', async () => {
    const salt = randomSalt();
    const composed = await derivePassphraseKey('Gr\u00fc\u00dfe', salt, 1000);
    const decomposed = await derivePassphraseKey('Gru\u0308\u00dfe', salt, 1000);
    const sealed = await encryptBytes(composed, new Uint8Array([7]), aad);
    await expect(decryptBytes(decomposed, sealed, aad)).resolves.toEqual(new Uint8Array([7]));
  });
});

describe('record AAD', () => {
  it('binds drafts to id and schema version and files to draft and file, apart from their metadata', () => {
    const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    expect(text(draftAad('d-1', 3))).toBe('zb-draft|d-1|3');
    expect(text(fileAad('d-1', 'f-2'))).toBe('zb-file|d-1|f-2');
    expect(text(fileMetaAad('d-1', 'f-2'))).not.toBe(text(fileAad('d-1', 'f-2')));
  });

  it('refuses ids that would make two records share an AAD', () => {
    expect(() => fileAad('a|b', 'c')).toThrow(RangeError);
    expect(() => draftAad('', 1)).toThrow(RangeError);
  });
});
