/**
 * The Abrufcode: the secret that, with the reference, opens an application's status. The reference is read out on
 * the phone and printed on letters, so it must never be enough on its own (issue 9, security-checklist § 1i).
 *
 * 28 characters of Crockford's Base32 carry 140 bits (≥ 128 required), shown in seven groups of four so that
 * it can be typed from paper. Crockford's alphabet has no I, L, O or U: a reader who types O for 0 or I/L for 1
 * still gets in, and no group spells a word by accident.
 */
export const abrufcodeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const abrufcodeLength = 28;

/** The printed form, e.g. "7K3Q-M2ZD-…" (seven groups of four). */
export const abrufcodePattern = /^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){6}$/;

/** Enough random or derived bytes for 140 bits. */
export const abrufcodeSourceBytes = Math.ceil((abrufcodeLength * 5) / 8);

const group = (plain: string): string => plain.match(/.{4}/g)?.join('-') ?? plain;

/** Turns ≥ 18 bytes (an HMAC, or random bytes) into the printed form; the first 140 bits are used. */
export function abrufcodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < abrufcodeSourceBytes) {
    throw new RangeError(`An Abrufcode needs ${abrufcodeSourceBytes} bytes, got ${bytes.length}`);
  }
  let plain = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5 && plain.length < abrufcodeLength) {
      bits -= 5;
      plain += abrufcodeAlphabet[(buffer >> bits) & 31];
    }
    if (plain.length === abrufcodeLength) break;
  }
  return group(plain);
}

/**
 * What a person typed, in the printed form, or undefined when it cannot be a code. Case, spaces and dashes do
 * not matter, and the letters Crockford's alphabet leaves out are read as the digits they look like.
 */
export function normalizeAbrufcode(input: string): string | undefined {
  const plain = input
    .toUpperCase()
    .replace(/[\s\-–—.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (plain.length !== abrufcodeLength) return undefined;
  for (const char of plain) if (!abrufcodeAlphabet.includes(char)) return undefined;
  return group(plain);
}
