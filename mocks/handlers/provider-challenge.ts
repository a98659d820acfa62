import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/pbkdf2';
import { usedChallenges } from '../store/provider-store';
import { challengeKeySignatureSecret, challengeSignatureSecret } from './provider-secret';

/**
 * The proof of work in front of a letter request in the mock, with the server's parameters
 * (src/server/providers/letter-challenge.ts): ALTCHA v2 in deterministic mode, PBKDF2-SHA-256 of 1,000 iterations
 * up to a counter between 500 and 1,500, signed with the mock's key and carrying an HMAC of the right derived key,
 * so checking is two HMACs. altcha-lib's WebCrypto derivation, so it runs in the browser too. The expiry (10
 * minutes) travels in the signed `data` and is checked against the mock's clock; a solved challenge is accepted
 * once (its nonce is remembered until it expires).
 */
const purpose = 'provider-letter';
const validMs = 10 * 60 * 1000;
const counter = { min: 500, max: 1_500 };

export async function newChallenge(now: number): Promise<Challenge> {
  return createChallenge({
    algorithm: 'PBKDF2/SHA-256',
    cost: 1_000,
    counter: randomInt(counter.max, counter.min),
    deriveKey,
    hmacSignatureSecret: challengeSignatureSecret,
    hmacKeySignatureSecret: challengeKeySignatureSecret,
    data: { purpose, expires: Math.floor((now + validMs) / 1000) },
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type Parsed = { challenge: Challenge; solution: Solution; nonce: string; expiresAt: number };

/** altcha-lib's client payload: base64 of the JSON `{challenge, solution}`; undefined when it is not one. */
function parsePayload(payload: string): Parsed | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(atob(payload));
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || !isRecord(parsed.challenge) || !isRecord(parsed.solution)) return undefined;
  const { challenge, solution } = parsed;
  if (!isRecord(challenge.parameters) || typeof challenge.signature !== 'string') return undefined;
  const { nonce, data } = challenge.parameters;
  if (typeof nonce !== 'string' || !isRecord(data) || data.purpose !== purpose) return undefined;
  if (typeof data.expires !== 'number') return undefined;
  return {
    challenge: challenge as unknown as Challenge,
    solution: solution as unknown as Solution,
    nonce,
    expiresAt: data.expires * 1000,
  };
}

/** Whether the payload solves a challenge of ours that has not expired and was not accepted before. */
export async function acceptChallenge(payload: string, now: number): Promise<boolean> {
  const parsed = parsePayload(payload);
  if (!parsed) return false;
  const result = await verifySolution({
    challenge: parsed.challenge,
    solution: parsed.solution,
    deriveKey,
    hmacSignatureSecret: challengeSignatureSecret,
    hmacKeySignatureSecret: challengeKeySignatureSecret,
  }).catch(() => undefined);
  // The signature is checked before the expiry and the memory, so a forged payload writes nothing.
  if (!result?.verified || now >= parsed.expiresAt) return false;
  for (const [nonce, expiresAt] of usedChallenges) if (expiresAt < now) usedChallenges.delete(nonce);
  // No await between looking and remembering: two requests with one payload cannot both pass.
  if (usedChallenges.has(parsed.nonce)) return false;
  usedChallenges.set(parsed.nonce, parsed.expiresAt);
  return true;
}
