import { abrufcodeFromBytes, normalizeAbrufcode } from '../../domain/identifiers/abrufcode';
import { keyedHash, sameSecret } from '../secrets/keyed-hash';

/**
 * The Abrufcode is derived, never stored: HMAC-SHA256(server secret, reference). A replay of the same key gets
 * the same code again, a database dump reveals none, and rotating the secret would void every code at once.
 */
export const deriveAbrufcode = (secret: Buffer, reference: string): string =>
  abrufcodeFromBytes(keyedHash(secret, 'abrufcode:v1', reference));

/** True when `typed` (any typing variant) is the code of `reference`. */
export function abrufcodeMatches(secret: Buffer, reference: string, typed: string): boolean {
  const normalized = normalizeAbrufcode(typed);
  return normalized !== undefined && sameSecret(normalized, deriveAbrufcode(secret, reference));
}
