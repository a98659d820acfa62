import { lazy, Suspense, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { idleWarningSeconds, readIdleLockMinutes } from '../../../storage/idle-lock-settings';
import { DraftContext } from '../draft/draft-context';
import { memberStartPath } from '../flow/member-paths';
import type { currentSession } from '../draft/draft-session';
import { useDraftApi } from '../draft/use-draft-api';
import { Loading } from './loading';
import { SaveStatus } from './save-status';
import { useIdleLock } from './use-idle-lock';
import { useLeaveWarning } from './use-leave-warning';
import { IdleWarning } from './idle-warning';
import { useResumePoint } from './use-resume-point';

// Loaded only when needed: the notice on a sent draft (issue 11: first page JS). The idle warning is not: its live
// region must be in the page long before a warning, so screen readers announce it when it comes.
const ReadOnlyNotice = lazy(() => import('./read-only-notice').then((m) => ({ default: m.ReadOnlyNotice })));
// Only for an applicant who invited family members: asks the server for their parts (issue 14).
const MemberPartsSync = lazy(() =>
  import('../mitwirken/member-parts-sync').then((m) => ({ default: m.MemberPartsSync })),
);
const MemberPathGuard = lazy(() =>
  import('./member-path-guard').then((m) => ({ default: m.MemberPathGuard })),
);

type Props = {
  session: NonNullable<ReturnType<typeof currentSession>>;
  onLocked: () => void;
  onIdleLock: () => void;
};

/**
 * The drafts once the store is open. Every page below /antrag other than the year question, the drafts and the
 * status needs an open draft: without one it leads to the year question here, in one place, not per page.
 */
export function OpenDraftLayout({ session, onLocked, onIdleLock }: Props) {
  const api = useDraftApi(session, onLocked);
  const [idleMinutes] = useState(readIdleLockMinutes);
  const idle = useIdleLock({
    enabled: api?.passphraseProtected === true,
    idleMs: idleMinutes * 60_000,
    warnMs: idleWarningSeconds * 1000,
    onLock: () => {
      onIdleLock();
      api?.lock();
    },
  });
  useLeaveWarning(api?.storeKind === 'memory' && api.draft !== undefined);
  useResumePoint(api);
  const { pathname } = useLocation();
  if (!api) return <Loading />;
  const path = pathname.replace(/\/$/, '');
  if (!api.draft && !openWithoutDraft.has(path)) return <Navigate to="/antrag/jahr" replace />;
  // The checked pass (with the step schemas) is loaded with the first draft; pages wait for it.
  if (api.draft && !api.checked) return <Loading />;
  const readOnly = api.submission && !readableWhileSent.has(path) ? api.submission : undefined;
  return (
    <DraftContext.Provider value={api}>
      <IdleWarning
        visible={idle.warning}
        minutes={Math.ceil(idleWarningSeconds / 60)}
        onExtend={idle.extend}
      />
      <SaveStatus />
      {api.draft?.invitations && !api.submission && (
        <Suspense fallback={null}>
          <MemberPartsSync />
        </Suspense>
      )}
      {readOnly ? (
        <Suspense fallback={<Loading />}>
          <ReadOnlyNotice submission={readOnly} />
        </Suspense>
      ) : api.draft?.memberOf ? (
        // A family member's draft has only the member's own pages (member-flow.ts): the rest is the applicant's.
        <Suspense fallback={<Loading />}>
          <MemberPathGuard path={path}>
            <Outlet />
          </MemberPathGuard>
        </Suspense>
      ) : (
        <Outlet />
      )}
    </DraftContext.Provider>
  );
}

// Pages that need no open draft: choosing the year (which starts one), the drafts, and the status lookup.
// A family member's link leads to the member's start page, which opens or creates their draft.
const openWithoutDraft = new Set(['/antrag/jahr', '/antrag/entwuerfe', '/antrag/status', memberStartPath]);

// Pages a sent (or being sent) draft may still show: overviews, the drafts, the limit, and the send pages.
// Every other page below /antrag edits answers, so it is replaced by the notice in one place, not per page.
const readableWhileSent = new Set([
  '/antrag',
  '/antrag/jahr',
  '/antrag/entwuerfe',
  '/antrag/belastungsgrenze',
  '/antrag/absenden',
  '/antrag/bestaetigung',
  '/antrag/status',
]);
