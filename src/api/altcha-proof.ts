import { solveChallenge, solveChallengeWorkers } from 'altcha-lib';
import type { Challenge, DeriveKeyFunction, Solution } from 'altcha-lib/types';
import { z } from 'zod';

/**
 * The proof of work against automated sign-ups (issue 15, ADR 0026): ALTCHA v2 (altcha-lib), verified by our own
 * server, no third party. Nothing to see, hear or solve for the person at the form: the browser spends a moment of
 * computing, in Web Workers so that the page stays responsive. That is why it is accessible (no puzzle).
 *
 * The challenge comes from GET /api/v1/provider/challenge as altcha-lib's `createChallenge` result (its framework
 * plugins add fields such as `configuration`; they are ignored). The parameters are kept exactly as received: the
 * server's HMAC signature covers them.
 *
 * What is sent (the contract's `altcha` field): base64 of the UTF-8 JSON `{"challenge":{"parameters":…,
 * "signature":…},"solution":{"counter":…,"derivedKey":…,"time":…}}` — altcha-lib v2's client payload (type
 * `Payload`), which its `verify` (frameworks/shared) decodes with atob + JSON.parse and checks with
 * `verifySolution`.
 */
export const altchaChallengeSchema = z.looseObject({
  parameters: z.looseObject({
    algorithm: z.string().min(1),
    nonce: z.string().regex(/^[0-9a-f]+$/i),
    salt: z.string().regex(/^[0-9a-f]+$/i),
    cost: z.number().int().positive(),
    keyLength: z.number().int().positive().optional(),
    keyPrefix: z.string().min(1),
  }),
  signature: z.string().optional(),
});
export type AltchaChallenge = z.infer<typeof altchaChallengeSchema>;

// Solving longer than this means something is wrong (a challenge far too hard, a sleeping tab): give up and say so.
const solveTimeoutMs = 60_000;

/** Thrown when the challenge could not be solved in time or uses an algorithm this browser cannot compute. */
export class AltchaUnsolvedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AltchaUnsolvedError';
  }
}

function asChallenge(challenge: AltchaChallenge): Challenge {
  // Only what the payload carries: the signed parameters and the signature.
  const { parameters, signature } = challenge;
  return {
    parameters: parameters as Challenge['parameters'],
    ...(signature === undefined ? {} : { signature }),
  };
}

/** The payload string of a solved challenge (see the module comment). */
export function altchaPayload(challenge: AltchaChallenge, solution: Solution): string {
  const json = JSON.stringify({ challenge: asChallenge(challenge), solution });
  const bytes = new TextEncoder().encode(json);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The WebCrypto key derivations this client computes: SHA-256/384/512 and PBKDF2 with them. */
async function webDeriveKey(): Promise<DeriveKeyFunction> {
  const [sha, pbkdf2] = await Promise.all([
    import('altcha-lib/algorithms/web/sha'),
    import('altcha-lib/algorithms/web/pbkdf2'),
  ]);
  return (parameters, salt, password) =>
    parameters.algorithm.startsWith('PBKDF2/')
      ? pbkdf2.deriveKey(parameters, salt, password)
      : sha.deriveKey(parameters, salt, password);
}

/**
 * Solves the challenge and returns the payload to send. In Web Workers (our own module worker chunk, which the CSP's
 * `worker-src 'self'` and the Trusted Types policy admit); where a browser has no workers, on the page itself, which
 * the library interrupts every 200 ms so that the page still answers.
 */
export async function solveAltcha(challenge: AltchaChallenge): Promise<string> {
  const parsed = asChallenge(challenge);
  let solution: Solution | null;
  try {
    solution =
      typeof Worker === 'undefined'
        ? await solveChallenge({
            challenge: parsed,
            deriveKey: await webDeriveKey(),
            timeout: solveTimeoutMs,
          })
        : await solveChallengeWorkers({
            challenge: parsed,
            concurrency: Math.min(4, Math.max(1, navigator.hardwareConcurrency || 2)),
            createWorker: () =>
              new Worker(new URL('./altcha-solve.worker.ts', import.meta.url), { type: 'module' }),
            timeout: solveTimeoutMs,
          });
  } catch (cause) {
    throw new AltchaUnsolvedError('The proof of work failed', { cause });
  }
  if (solution === null) throw new AltchaUnsolvedError('The proof of work was not solved in time');
  return altchaPayload(challenge, solution);
}
