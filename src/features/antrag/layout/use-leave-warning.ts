import { useEffect } from 'react';

/**
 * "Nur für diesen Besuch": closing or reloading the tab deletes the answers. The browser's own prompt asks
 * before that happens (its text cannot be changed; the save status on every page says why).
 */
export function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}
