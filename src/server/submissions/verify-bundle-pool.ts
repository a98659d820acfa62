import { availableParallelism } from 'node:os';
import { createVerifyPool, type Verifier } from '../verification/verify-pool';
import type { BundleVerdict } from './bundle-verdict';

export type BundleVerifier = Verifier<BundleVerdict>;

/**
 * The applicants' bundles are verified in worker threads (verify-pool.ts), started with the server. At most one
 * thread per core: more would only slow the event loop's own thread down; requests beyond that wait in the pool's
 * queue.
 */
export function createBundleVerifier(): BundleVerifier {
  return createVerifyPool<BundleVerdict>({
    worker: new URL('./verify-bundle.worker.ts', import.meta.url),
    minThreads: 1,
    maxThreads: Math.max(1, Math.min(2, availableParallelism())),
    maxQueue: 200,
    startAtFirstUse: false,
    timeoutMessage: {
      de: 'Die Prüfung des Pakets hat zu lange gedauert.',
      en: 'Checking the bundle took too long.',
    },
  });
}
