import { createChallenge, randomInt, verifySolution, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { z } from 'zod';
import type { Queryable } from '../db/database';
import { keyedHash } from '../secrets/keyed-hash';

/**
 * The proof of work in front of a letter request (issue 15, ADR 0026): an ALTCHA challenge (altcha-lib v2),
 * made and checked on this server, with no third party, nothing to see or hear, so it shuts nobody out. Each
 * letter costs the insurer postage; the work makes mass sign-ups expensive.
 *
 * Deterministic mode: the server picks the counter, so the client derives keys from 0 up to it — on average
 * about a thousand PBKDF2-SHA-256 derivations of 1,000 iterations, a second or so on a phone (WebCrypto, the
 * widget's workers), a fraction of that in Node. The challenge carries an HMAC of the right derived key
 * (keySignature), so checking a solution is two HMACs, not a derivation.
 *
 * Both HMAC secrets are derived from the server secret. The expiry travels in the signed `data` and is checked
 * against the server's clock (ctx.clock), not against the library's wall clock, so the demo's settable clock and
 * the tests' pinned clock decide. A solved challenge is accepted once: its nonce is remembered in the database
 * (used_challenges, migration 13) until it expires.
 */
export const challengeAlgorithm = 'PBKDF2/SHA-256';
export const challengeCost = 1_000;
export const challengeCounter = { min: 500, max: 1_500 } as const;
export const challengeValidMs = 10 * 60 * 1000;
const purpose = 'provider-letter';

const secretsOf = (secret: Buffer) => ({
  hmacSignatureSecret: keyedHash(secret, 'altcha-signature', purpose).toString('hex'),
  hmacKeySignatureSecret: keyedHash(secret, 'altcha-key-signature', purpose).toString('hex'),
});

/** A fresh challenge, as GET /api/v1/provider/challenge answers it (the library's Challenge object). */
export async function createLetterChallenge(secret: Buffer, now: Date): Promise<Challenge> {
  return createChallenge({
    algorithm: challengeAlgorithm,
    cost: challengeCost,
    counter: randomInt(challengeCounter.max, challengeCounter.min),
    deriveKey,
    ...secretsOf(secret),
    data: { purpose, expires: Math.floor((now.getTime() + challengeValidMs) / 1000) },
  });
}

/** The widget's payload: base64 of the JSON {challenge, solution}. Only the shape is checked here. */
const payloadSchema = z.object({
  challenge: z.object({
    parameters: z.looseObject({
      nonce: z.string().regex(/^[0-9a-f]{16,128}$/),
      data: z.looseObject({ purpose: z.literal(purpose), expires: z.number().int().positive() }),
    }),
    signature: z.string().min(1).max(256),
  }),
  solution: z.object({
    counter: z.number().int().nonnegative(),
    derivedKey: z.string().max(256),
    time: z.number().optional(),
  }),
});

export type ChallengeVerdict = 'ok' | 'malformed' | 'invalid' | 'expired' | 'replayed';

function parsePayload(payload: string) {
  try {
    return payloadSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64').toString('utf8')));
  } catch {
    return undefined;
  }
}

/**
 * Whether the payload solves a challenge this server made, unexpired and never accepted before; on 'ok' it is
 * used up. The signature is checked before the expiry and the store, so a forged payload writes nothing.
 */
export async function verifyLetterChallenge(
  db: Queryable,
  secret: Buffer,
  payload: string,
  now: Date,
): Promise<ChallengeVerdict> {
  const parsed = parsePayload(payload);
  if (!parsed?.success) return 'malformed';
  const { challenge, solution } = parsed.data;
  const verified = await verifySolution({
    // The schema checked what this code reads; the library checks the signature over all parameters.
    challenge: challenge as unknown as Challenge,
    solution,
    deriveKey,
    ...secretsOf(secret),
  }).catch(() => undefined);
  if (!verified?.verified) return 'invalid';
  const expiresAt = new Date(challenge.parameters.data.expires * 1000);
  if (now >= expiresAt) return 'expired';
  // A day's margin: a demo clock set back a little never revives a pruned, still-valid nonce.
  await db.query('DELETE FROM used_challenges WHERE expires_at < $1', [
    new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString(),
  ]);
  const stored = await db.query(
    'INSERT INTO used_challenges (nonce, expires_at) VALUES ($1, $2) ON CONFLICT (nonce) DO NOTHING RETURNING nonce',
    [challenge.parameters.nonce, expiresAt.toISOString()],
  );
  return stored.rows.length > 0 ? 'ok' : 'replayed';
}
