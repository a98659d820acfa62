import { useEffect } from 'react';
import { useLocation } from 'react-router';
import type { DraftApi } from '../draft/draft-context';

/**
 * Remembers the question page the user is on, so that after closing the tab "Ihr Antrag" offers to continue from
 * there. Only pages of the flow are kept; overviews outside it, the check page and sending are not. The flow's
 * address table loads with the first draft, not with the year question before it (issue 11: first page's JS).
 */
export function useResumePoint(api: DraftApi | undefined) {
  const { pathname } = useLocation();
  const draftId = api?.draft?.id;
  const setLastPath = api?.setLastPath;
  useEffect(() => {
    if (draftId === undefined || !setLastPath) return;
    let cancelled = false;
    void import('../draft/resume-path').then(({ safeResumePath }) => {
      const path = safeResumePath(pathname.replace(/\/$/, ''));
      if (!cancelled && path !== undefined) setLastPath(path);
    });
    return () => {
      cancelled = true;
    };
    // setLastPath changes with every draft change; the page and the draft decide.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname, draftId]);
}
