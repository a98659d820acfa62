import { abrufcodeAlphabet } from '../identifiers/abrufcode';

/**
 * The short code of an invitation (issue 14): the applicant reads it out on the phone or writes it on paper, apart
 * from the link, so that a link seen by someone else opens nothing on its own. Eight characters of the Abrufcode's
 * alphabet (Crockford's Base32 without I, L, O and U), shown as two groups of four: 40 random bits, enough because
 * guessing is throttled per invitation (the sixth wrong code locks it) and per client address.
 */
export const shortCodeLength = 8;

/** The printed form, e.g. "7K3Q-M2ZD". */
export const shortCodePattern = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** Random bytes needed for one code (40 bits). */
export const shortCodeSourceBytes = Math.ceil((shortCodeLength * 5) / 8);

const group = (plain: string): string => `${plain.slice(0, 4)}-${plain.slice(4)}`;

/** Turns ≥ 5 random bytes into the printed form; the first 40 bits are used. */
export function shortCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < shortCodeSourceBytes) {
    throw new RangeError(`A short code needs ${shortCodeSourceBytes} bytes, got ${bytes.length}`);
  }
  let plain = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5 && plain.length < shortCodeLength) {
      bits -= 5;
      plain += abrufcodeAlphabet[(buffer >> bits) & 31];
    }
    if (plain.length === shortCodeLength) break;
  }
  return group(plain);
}

/**
 * What a person typed, in the printed form, or undefined when it cannot be a code. Case, spaces and dashes do not
 * matter, and the letters the alphabet leaves out are read as the digits they look like (O as 0, I and L as 1).
 */
export function normalizeShortCode(input: string): string | undefined {
  const plain = input
    .toUpperCase()
    .replace(/[\s\-–—.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (plain.length !== shortCodeLength) return undefined;
  for (const char of plain) if (!abrufcodeAlphabet.includes(char)) return undefined;
  return group(plain);
}
