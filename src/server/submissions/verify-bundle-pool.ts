import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { BundleVerdict } from './bundle-verdict';

export type BundleVerifier = {
  verify(bytes: Uint8Array): Promise<BundleVerdict>;
  close(): Promise<void>;
};

/** A bundle that takes longer than this to check is refused rather than allowed to hold a worker. */
const verifyTimeoutMs = 30_000;

/**
 * A pool of worker threads (piscina) for bundle verification. The worker is TypeScript, loaded through tsx like
 * the server itself. At most one thread per core: more would only slow the event loop's own thread down;
 * requests beyond that wait in the pool's queue.
 */
// createRequire rather than import.meta.resolve: vitest's module runner (tests' global setups) lacks the latter.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export function createBundleVerifier(): BundleVerifier {
  const threads = Math.max(1, Math.min(2, availableParallelism()));
  const pool = new Piscina({
    filename: new URL('./verify-bundle.worker.ts', import.meta.url).href,
    // Resolved here, so the workers find tsx whatever directory the server was started from.
    execArgv: ['--import', tsxLoader],
    minThreads: 1,
    maxThreads: threads,
    // Queued bundles are already in memory (bodies are capped at 50 MB); the queue bounds how many wait.
    maxQueue: 200,
    idleTimeout: 60_000,
  });
  return {
    async verify(bytes) {
      const signal = AbortSignal.timeout(verifyTimeoutMs);
      try {
        return (await pool.run(bytes, { signal })) as BundleVerdict;
      } catch (error) {
        if (signal.aborted) {
          return {
            ok: false,
            problems: [
              {
                path: '',
                code: 'bundle.timeout',
                message: {
                  de: 'Die Prüfung des Pakets hat zu lange gedauert.',
                  en: 'Checking the bundle took too long.',
                },
              },
            ],
          };
        }
        throw error;
      }
    },
    close: () => pool.destroy(),
  };
}
