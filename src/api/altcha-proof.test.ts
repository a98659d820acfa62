import { createChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/sha';
import { verify } from 'altcha-lib/frameworks/shared';
import { describe, expect, it } from 'vitest';
import { altchaChallengeSchema, solveAltcha } from './altcha-proof';

const secret = 'test-signature-secret';

/** A challenge as the server makes it, through the JSON the GET answer carries. */
async function servedChallenge(extra: Record<string, unknown> = {}) {
  const challenge = await createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    keyPrefix: '0',
    deriveKey,
    hmacSignatureSecret: secret,
    expiresAt: new Date(Date.now() + 10 * 60_000),
    data: { purpose: 'provider-letter' },
  });
  return altchaChallengeSchema.parse(JSON.parse(JSON.stringify({ ...extra, ...challenge })));
}

describe('the proof of work against automated sign-ups', () => {
  it('sends a payload that altcha-lib verifies on the server, the signed parameters untouched', async () => {
    const payload = await solveAltcha(await servedChallenge({ configuration: undefined }));
    const result = await verify(payload, deriveKey, secret);
    expect(result.error).toBeNull();
    expect(result.verification?.verified).toBe(true);
    // The payload is base64 JSON of the challenge and the solution, nothing else.
    const decoded = JSON.parse(atob(payload)) as Record<string, unknown>;
    expect(Object.keys(decoded).sort()).toEqual(['challenge', 'solution']);
  });

  it('is refused by the server when a parameter was changed on the way', async () => {
    const challenge = await servedChallenge();
    const payload = await solveAltcha({ ...challenge, parameters: { ...challenge.parameters, cost: 2 } });
    const result = await verify(payload, deriveKey, secret);
    expect(result.verification?.verified).toBe(false);
  });
});
