import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** Router state with which a link or navigation asks for focus on an element other than the heading. */
export type FocusState = { focusId?: string };

/**
 * A single-page app does not announce new pages by itself. After every client-side navigation (not the first
 * load) focus moves to the new page's heading, so keyboard and screen-reader users start at its top.
 */
export function useFocusOnNavigation(): void {
  const { pathname, state } = useLocation();
  // A page may ask for another start, e.g. the date field of the next receipt after "save and add another".
  const focusId = (state as FocusState | null)?.focusId;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // The lazy page may render a frame later. If the user has put focus somewhere on the new page meanwhile
    // (a quick click or tap into the first field), it stays there: moving it would send their typing nowhere.
    const focusedAtNavigation = document.activeElement;
    const id = window.requestAnimationFrame(() => {
      const active = document.activeElement;
      const userMovedFocus = active !== null && active !== document.body && active !== focusedAtNavigation;
      if (userMovedFocus) return;
      const target =
        (focusId === undefined ? null : document.getElementById(focusId)) ??
        document.getElementById('page-heading');
      target?.focus();
    });
    return () => window.cancelAnimationFrame(id);
  }, [pathname, focusId]);
}
