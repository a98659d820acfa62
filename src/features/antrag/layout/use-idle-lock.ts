import { useCallback, useEffect, useRef, useState } from 'react';

export type IdleLockOptions = {
  /** Only a passphrase-protected store locks: the others have nothing to ask for afterwards. */
  enabled: boolean;
  idleMs: number;
  warnMs: number;
  onLock: () => void;
};

// What counts as being there. Pointer moves alone do not: a mouse resting on a desk can jitter.
const activityEvents = ['keydown', 'pointerdown', 'input', 'wheel', 'touchstart'] as const;

/**
 * Locks after `idleMs` without activity, with a warning `warnMs` before. Timers are re-armed from the time of the
 * last activity; a tab that was asleep (timers throttled) checks the elapsed time when it becomes visible again.
 * Returns whether the warning shows, and `extend` for its button.
 */
export function useIdleLock({ enabled, idleMs, warnMs, onLock }: IdleLockOptions) {
  const [warning, setWarning] = useState(false);
  const lastActivity = useRef(0);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  const lockRef = useRef(onLock);
  useEffect(() => {
    lockRef.current = onLock;
  }, [onLock]);

  const arm = useCallback(() => {
    timers.current.forEach(clearTimeout);
    lastActivity.current = Date.now();
    timers.current = [
      setTimeout(() => setWarning(true), Math.max(0, idleMs - warnMs)),
      setTimeout(() => lockRef.current(), idleMs),
    ];
  }, [idleMs, warnMs]);

  useEffect(() => {
    if (!enabled) return;
    arm();
    const onActivity = () => {
      // Re-arming on every key is cheap, but once a second is enough.
      if (Date.now() - lastActivity.current < 1000) return;
      setWarning(false);
      arm();
    };
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      if (Date.now() - lastActivity.current >= idleMs) lockRef.current();
    };
    activityEvents.forEach((name) =>
      window.addEventListener(name, onActivity, { passive: true, capture: true }),
    );
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      timers.current.forEach(clearTimeout);
      timers.current = [];
      activityEvents.forEach((name) => window.removeEventListener(name, onActivity, { capture: true }));
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [enabled, arm, idleMs]);

  const extend = useCallback(() => {
    setWarning(false);
    arm();
  }, [arm]);
  return { warning: enabled && warning, extend };
}
