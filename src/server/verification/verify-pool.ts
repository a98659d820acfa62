import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { LocalizedText } from '../../domain/validation/result';
import type { RefusedVerdict } from './refused-verdict';

export type Verifier<V> = {
  verify(bytes: Uint8Array): Promise<V>;
  close(): Promise<void>;
};

export type VerifyPoolOptions = {
  /** The worker module, resolved by the caller (`new URL('./x.worker.ts', import.meta.url)`). */
  worker: URL;
  minThreads: number;
  maxThreads: number;
  /** Queued zips are already in memory (bodies are capped); the queue bounds how many wait. */
  maxQueue: number;
  /** Start the pool at the first zip rather than now, for a pool most servers never need. */
  startAtFirstUse: boolean;
  /** The refusal when a zip takes too long, in the words of what it checks (a bundle, a bag). */
  timeoutMessage: LocalizedText;
};

/** A zip that takes longer than this to check is refused rather than allowed to hold a worker. */
const verifyTimeoutMs = 30_000;

// The workers are TypeScript, loaded through tsx like the server itself. createRequire rather than
// import.meta.resolve: vitest's module runner (tests' global setups) lacks the latter.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * A pool of worker threads (piscina) that verify zips off the answering thread: inflating and hashing up to 50 MB
 * takes long enough that the event loop must not do it. One pool per reader — the applicants' bundles
 * (verify-bundle-pool.ts) and the members' bags (member-part-verifier.ts) — each with its worker file and size, the
 * same timeout and the same refusal when it runs out. Idle threads end after a minute.
 */
export function createVerifyPool<V>(options: VerifyPoolOptions): Verifier<V | RefusedVerdict> {
  const create = () =>
    new Piscina({
      filename: options.worker.href,
      // Resolved here, so the workers find tsx whatever directory the server was started from.
      execArgv: ['--import', tsxLoader],
      minThreads: options.minThreads,
      maxThreads: options.maxThreads,
      maxQueue: options.maxQueue,
      idleTimeout: 60_000,
    });
  let pool: Piscina | undefined = options.startAtFirstUse ? undefined : create();
  return {
    async verify(bytes) {
      const signal = AbortSignal.timeout(verifyTimeoutMs);
      try {
        return (await (pool ??= create()).run(bytes, { signal })) as V;
      } catch (error) {
        if (signal.aborted) {
          return {
            ok: false,
            problems: [{ path: '', code: 'bundle.timeout', message: options.timeoutMessage }],
          };
        }
        throw error;
      }
    },
    async close() {
      const running = pool;
      pool = undefined;
      await running?.destroy();
    },
  };
}
