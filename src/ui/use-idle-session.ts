import { useCallback, useEffect, useRef, useState } from 'react';

/** The warning comes this long before the idle end (WCAG 2.2.1 asks for at least 20 seconds). */
export const idleWarningMs = 2 * 60 * 1000;
// After a failed check (network), ask again after this long rather than give up.
const recheckMs = 15 * 1000;

/** What the hook needs of a session: when it ends without activity. */
export type IdleWatchedSession = { idleExpiresAt: string };

export type IdleSessionSource<S extends IdleWatchedSession> = {
  /** GET session: must not count as activity on the server. */
  fetchSession: () => Promise<S>;
  /** True for the failure that means the session is over (a 401). */
  hasEnded: (error: unknown) => boolean;
  /** A fresh answer of GET session, for the caller's cache. */
  onFresh: (session: S) => void;
};

/**
 * Watches a session's idle end (the caseworker's, the provider's). The server moves idleExpiresAt with every
 * request but GET session, so before warning, the hook asks GET session (which moves nothing) whether the end is
 * still where it was: work meanwhile has postponed it. Two minutes before the end the warning shows; at the end the
 * hook asks once more, and a session that has ended calls onEnded. A tab that slept (timers throttled) asks when it
 * is shown again.
 */
export function useIdleSession<S extends IdleWatchedSession>(
  session: S,
  updatedAt: number,
  source: IdleSessionSource<S>,
  onEnded: () => void,
): { warning: boolean } {
  const [warningFor, setWarningFor] = useState<string | null>(null);
  const endedRef = useRef(onEnded);
  const sourceRef = useRef(source);
  useEffect(() => {
    endedRef.current = onEnded;
    sourceRef.current = source;
  }, [onEnded, source]);
  // Counts failed checks (network), so that the timers are set again after one.
  const [failures, setFailures] = useState(0);

  const check = useCallback(async () => {
    const { fetchSession, hasEnded, onFresh } = sourceRef.current;
    let fresh: S;
    try {
      // Not through the caller's query: an ended session there would make the layout leave before saying why.
      fresh = await fetchSession();
    } catch (error) {
      if (hasEnded(error)) endedRef.current();
      else setFailures((count) => count + 1);
      return;
    }
    onFresh(fresh);
    const remaining = Date.parse(fresh.idleExpiresAt) - Date.now();
    setWarningFor(remaining <= idleWarningMs ? fresh.idleExpiresAt : null);
  }, []);

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
