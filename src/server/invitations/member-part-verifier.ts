import { createVerifyPool, type Verifier } from '../verification/verify-pool';
import type { MemberPartVerdict } from './member-part-verdict';

export type MemberPartVerifier = Verifier<MemberPartVerdict>;

/**
 * Members' bags are checked off the answering thread like applicants' bundles (verify-pool.ts). A pool of its
 * own, because the bundle pool's worker runs the application's reader; one thread at most (members hand in once,
 * rarely at the same time; more wait in the queue), started at the first hand-in and ended when idle, so a
 * server whose members hand in nothing keeps no thread for it.
 */
export function createMemberPartVerifier(): MemberPartVerifier {
  return createVerifyPool<MemberPartVerdict>({
    worker: new URL('./verify-member-part.worker.ts', import.meta.url),
    minThreads: 0,
    maxThreads: 1,
    maxQueue: 50,
    startAtFirstUse: true,
    timeoutMessage: {
      de: 'Die Prüfung des Pakets hat zu lange gedauert.',
      en: 'Checking the bag took too long.',
    },
  });
}
