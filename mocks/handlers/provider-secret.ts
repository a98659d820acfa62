/**
 * The demo insurer's key for the provider check's HMACs (letter codes, personal passwords, the KVNR of a query)
 * and for signing proof-of-work challenges. Fixed and public on purpose, like mocks/data/abrufcode-secret.ts: the
 * mock runs in the visitor's browser and stands in for a server, so nothing it holds is secret. The real server
 * derives its keys from its own secret (src/server).
 */
const providerMockSecret = 'zb-demo-provider-secret-v1: not for production, known to everyone';

/** The challenge signature's key and the key of the derived key's signature (altcha-lib's two HMAC secrets). */
export const challengeSignatureSecret = `${providerMockSecret}|altcha-challenge`;
export const challengeKeySignatureSecret = `${providerMockSecret}|altcha-key`;

const encoder = new TextEncoder();
let hmacKey: Promise<CryptoKey> | undefined;

function key(): Promise<CryptoKey> {
  hmacKey ??= crypto.subtle.importKey(
    'raw',
    encoder.encode(providerMockSecret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return hmacKey;
}

const hex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** The server's labelled HMAC (src/server/secrets/keyed-hash.ts) with the mock's key: "<purpose>:<message>". */
export async function labelledHmac(purpose: string, message: string): Promise<string> {
  return hex(await crypto.subtle.sign('HMAC', await key(), encoder.encode(`${purpose}:${message}`)));
}

/** How the query log and the objections name a KVNR: its HMAC, never the number (security checklist § 1i). */
export const kvnrHmacOf = (kvnr: string): Promise<string> => labelledHmac('kvnr:v1', kvnr);

/** 256 random bits, base64url without padding: session ids, CSRF tokens, API keys. */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}
