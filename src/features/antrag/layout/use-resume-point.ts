import { useEffect } from 'react';
import { useLocation } from 'react-router';
import type { DraftApi } from '../draft/draft-context';
import { safeResumePath } from '../draft/resume-path';

/**
 * Remembers the question page the user is on, so that after closing the tab "Ihr Antrag" offers to continue from
 * there. Only pages of the flow are kept; overviews outside it, the check page and sending are not.
 */
export function useResumePoint(api: DraftApi | undefined) {
  const { pathname } = useLocation();
  const draftId = api?.draft?.id;
  const setLastPath = api?.setLastPath;
  useEffect(() => {
    const path = safeResumePath(pathname.replace(/\/$/, ''));
    if (draftId !== undefined && setLastPath && path !== undefined) setLastPath(path);
    // setLastPath changes with every draft change; the page and the draft decide.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname, draftId]);
}
