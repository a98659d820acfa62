/**
 * Codes people type from paper or hear on the phone (the Abrufcode, an invitation's short code): Crockford's
 * Base32, which has no I, L, O or U, so that a reader who types O for 0 or I/L for 1 still gets in and no group
 * spells a word by accident; shown in groups of four.
 */
export const crockfordAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Bytes needed for `length` characters (5 bits each). */
export const crockfordSourceBytes = (length: number): number => Math.ceil((length * 5) / 8);

const groupsOfFour = (plain: string): string => plain.match(/.{1,4}/g)?.join('-') ?? plain;

/** The first `length` × 5 bits of `bytes` (an HMAC, or random bytes) in the printed form. */
export function crockfordFromBytes(bytes: Uint8Array, length: number, name: string): string {
  const needed = crockfordSourceBytes(length);
  if (bytes.length < needed) throw new RangeError(`${name} needs ${needed} bytes, got ${bytes.length}`);
  let plain = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5 && plain.length < length) {
      bits -= 5;
      plain += crockfordAlphabet[(buffer >> bits) & 31];
    }
    if (plain.length === length) break;
  }
  return groupsOfFour(plain);
}

/**
 * What a person typed, in the printed form, or undefined when it cannot be a code of `length` characters. Case,
 * spaces and dashes do not matter, and the letters the alphabet leaves out are read as the digits they look like.
 */
export function normalizeCrockford(input: string, length: number): string | undefined {
  const plain = input
    .toUpperCase()
    .replace(/[\s\-–—.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (plain.length !== length) return undefined;
  for (const char of plain) if (!crockfordAlphabet.includes(char)) return undefined;
  return groupsOfFour(plain);
}
