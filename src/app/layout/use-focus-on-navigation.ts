import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * A single-page app does not announce new pages by itself. After every client-side navigation (not the first
 * load) focus moves to the new page's heading, so keyboard and screen-reader users start at its top.
 */
export function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // The lazy page may render a frame later.
    const id = window.requestAnimationFrame(() => document.getElementById('page-heading')?.focus());
    return () => window.cancelAnimationFrame(id);
  }, [pathname]);
}
