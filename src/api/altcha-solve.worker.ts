import { deriveKey as pbkdf2DeriveKey } from 'altcha-lib/algorithms/web/pbkdf2';
import { deriveKey as shaDeriveKey } from 'altcha-lib/algorithms/web/sha';
import { handler } from 'altcha-lib/workers/shared';

/**
 * The ALTCHA solver as a module worker (altcha-proof.ts starts it). altcha-lib's own worker modules derive keys with
 * node:crypto; this one uses the library's WebCrypto derivations and its message handler (work / abort), so
 * `solveChallengeWorkers` drives it unchanged.
 */
handler({
  deriveKey: (parameters, salt, password) =>
    parameters.algorithm.startsWith('PBKDF2/')
      ? pbkdf2DeriveKey(parameters, salt, password)
      : shaDeriveKey(parameters, salt, password),
});
