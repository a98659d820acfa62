import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { MemberPartVerdict } from './member-part-verdict';

export type MemberPartVerifier = {
  verify(bytes: Uint8Array): Promise<MemberPartVerdict>;
  close(): Promise<void>;
};

/** A bag that takes longer than this to check is refused rather than allowed to hold a worker. */
const verifyTimeoutMs = 30_000;

// As in verify-bundle-pool.ts: the worker is TypeScript, loaded through tsx like the server itself.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * Members' bags are checked off the answering thread like applicants' bundles (verify-bundle-pool.ts): a bag of
 * up to 50 MB with photos takes long enough to inflate and hash that the event loop must not do it. A pool of its
 * own, because the bundle pool's worker runs the application's reader; one thread at most (members hand in once,
 * rarely at the same time; more wait in the queue), started at the first hand-in and ended when idle, so a
 * server whose members hand in nothing keeps no thread for it.
 */
export function createMemberPartVerifier(): MemberPartVerifier {
  let pool: Piscina | undefined;
  const started = () =>
    (pool ??= new Piscina({
      filename: new URL('./verify-member-part.worker.ts', import.meta.url).href,
      execArgv: ['--import', tsxLoader],
      minThreads: 0,
      maxThreads: 1,
      maxQueue: 50,
      idleTimeout: 60_000,
    }));
  return {
    async verify(bytes) {
      const signal = AbortSignal.timeout(verifyTimeoutMs);
      try {
        return (await started().run(bytes, { signal })) as MemberPartVerdict;
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
                  en: 'Checking the bag took too long.',
                },
              },
            ],
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
