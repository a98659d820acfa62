import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error';
import { caseworkerSessionKey, fetchCaseworkerSession } from '../../api/caseworker-session';
import type { CaseworkerSession } from '../../api/contracts/caseworker-auth';

/** The warning comes this long before the idle end (WCAG 2.2.1 asks for at least 20 seconds). */
export const idleWarningMs = 2 * 60 * 1000;
// After a failed check (network), ask again after this long rather than give up.
const recheckMs = 15 * 1000;

/**
 * Watches the session's idle end. The server moves idleExpiresAt with every request but GET session, so before
 * warning, the hook asks GET session (which moves nothing) whether the end is still where it was: work in the
 * queue meanwhile has postponed it. Two minutes before the end the warning shows; at the end the hook asks once
 * more, and a 401 means the session is over. A tab that slept (timers throttled) asks when it is shown again.
 */
export function useIdleSession(
  session: CaseworkerSession,
  updatedAt: number,
  onEnded: () => void,
): { warning: boolean } {
  const queryClient = useQueryClient();
  const [warningFor, setWarningFor] = useState<string | null>(null);
  const endedRef = useRef(onEnded);
  useEffect(() => {
    endedRef.current = onEnded;
  }, [onEnded]);
  // Counts failed checks (network), so that the timers are set again after one.
  const [failures, setFailures] = useState(0);

  const check = useCallback(async () => {
    let fresh: CaseworkerSession;
    try {
      // Not through the query: a 401 there would make the layout leave before saying why.
      fresh = await fetchCaseworkerSession();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) endedRef.current();
      else setFailures((count) => count + 1);
      return;
    }
    queryClient.setQueryData(caseworkerSessionKey, fresh);
    const remaining = Date.parse(fresh.idleExpiresAt) - Date.now();
    setWarningFor(remaining <= idleWarningMs ? fresh.idleExpiresAt : null);
  }, [queryClient]);

  const warned = warningFor !== null && warningFor === session.idleExpiresAt;
  useEffect(() => {
    const remaining = Date.parse(session.idleExpiresAt) - Date.now();
    // Before the warning: wait for it. Warned: wait for the end. Within the last two minutes but not yet warned
    // (a page loaded then): check now, or soon after a failed check. Past the end (a check failed): ask again soon.
    const delay =
      remaining > idleWarningMs
        ? remaining - idleWarningMs
        : remaining < 0
          ? recheckMs
          : warned
            ? remaining
            : failures > 0
              ? Math.min(recheckMs, remaining)
              : 0;
    const timer = setTimeout(() => void check(), delay);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void check();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
    // updatedAt: a fresh answer with the same end still needs the next timer (the one at the end itself).
  }, [session.idleExpiresAt, updatedAt, failures, warned, check]);

  return { warning: warned };
}
