import { abrufcodeFromBytes, abrufcodeSourceBytes } from '../../src/domain/identifiers/abrufcode';
import { demoAbrufcodeSecret } from '../data/abrufcode-secret';

/*
 * The Abrufcode is derived from the reference, never stored: HMAC-SHA256 keyed with the insurer's secret over
 * "abrufcode:v1:<reference>", first 18 bytes in Crockford Base32. A replay of the key derives the same code, and
 * a stolen copy of the submissions alone opens no status. The server derives it the same way.
 */
const encoder = new TextEncoder();
let hmacKey: Promise<CryptoKey> | undefined;

function key(): Promise<CryptoKey> {
  hmacKey ??= crypto.subtle.importKey(
    'raw',
    encoder.encode(demoAbrufcodeSecret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return hmacKey;
}

export async function deriveAbrufcode(reference: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await key(), encoder.encode(`abrufcode:v1:${reference}`));
  return abrufcodeFromBytes(new Uint8Array(mac).subarray(0, abrufcodeSourceBytes));
}

/** Compares without an early exit on the first differing character, like the server's timing-safe compare. */
export function sameCode(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}
