import {
  crockfordAlphabet,
  crockfordFromBytes,
  crockfordSourceBytes,
  normalizeCrockford,
} from './crockford-code';

/**
 * The Abrufcode: the secret that, with the reference, opens an application's status. The reference is read out on
 * the phone and printed on letters, so it must never be enough on its own (issue 9, security-checklist § 1i).
 *
 * 28 characters of Crockford's Base32 carry 140 bits (≥ 128 required), shown in seven groups of four so that
 * it can be typed from paper. Crockford's alphabet has no I, L, O or U: a reader who types O for 0 or I/L for 1
 * still gets in, and no group spells a word by accident.
 */
export const abrufcodeAlphabet = crockfordAlphabet;

export const abrufcodeLength = 28;

/** The printed form, e.g. "7K3Q-M2ZD-…" (seven groups of four). */
export const abrufcodePattern = /^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){6}$/;

/** Enough random or derived bytes for 140 bits. */
export const abrufcodeSourceBytes = crockfordSourceBytes(abrufcodeLength);

/** Turns ≥ 18 bytes (an HMAC, or random bytes) into the printed form; the first 140 bits are used. */
export const abrufcodeFromBytes = (bytes: Uint8Array): string =>
  crockfordFromBytes(bytes, abrufcodeLength, 'An Abrufcode');

/** What a person typed, in the printed form, or undefined when it cannot be an Abrufcode. */
export const normalizeAbrufcode = (input: string): string | undefined =>
  normalizeCrockford(input, abrufcodeLength);
