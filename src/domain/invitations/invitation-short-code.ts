import { crockfordFromBytes, crockfordSourceBytes, normalizeCrockford } from '../identifiers/crockford-code';

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
export const shortCodeSourceBytes = crockfordSourceBytes(shortCodeLength);

/** Turns ≥ 5 random bytes into the printed form; the first 40 bits are used. */
export const shortCodeFromBytes = (bytes: Uint8Array): string =>
  crockfordFromBytes(bytes, shortCodeLength, 'A short code');

/**
 * What a person typed, in the printed form, or undefined when it cannot be a code. Case, spaces and dashes do not
 * matter, and the letters the alphabet leaves out are read as the digits they look like (O as 0, I and L as 1).
 */
export const normalizeShortCode = (input: string): string | undefined =>
  normalizeCrockford(input, shortCodeLength);
