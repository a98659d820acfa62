import { useCallback, useEffect, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useMessages } from '../../../i18n/feature-messages';
import { idleWarningSeconds, readIdleLockMinutes } from '../../../storage/idle-lock-settings';
import { NotificationBanner } from '../../../ui/notification-banner';
import { antragMessages } from '../antrag-messages';
import { DamagedPage } from '../gates/damaged-page';
import { FailedPage } from '../gates/failed-page';
import { NoChoicePage } from '../gates/no-choice-page';
import { UnlockPage } from '../gates/unlock-page';
import { VisitLostPage } from '../gates/visit-lost-page';
import { DraftContext } from './draft-context';
import { currentSession, resolveGate, type Gate } from './draft-session';
import { IdleWarning } from './idle-warning';
import { ReadOnlyNotice } from './read-only-notice';
import { safeResumePath } from './resume-path';
import { SaveStatus } from './save-status';
import { submissionMessages } from './submission-messages';
import { useIdleLock } from './use-idle-lock';
import { useDraftApi } from './use-draft-api';
import { useLeaveWarning } from './use-leave-warning';

/** Everything below /antrag: first the storage the user chose (and its passphrase), then the open draft. */
export function AntragLayout() {
  const [gate, setGate] = useState<Gate>(() => {
    const session = currentSession();
    return session ? { phase: 'ready', session } : { phase: 'loading' };
  });
  const s = useMessages(submissionMessages);
  // Set when the store locked itself after idle time, so the unlock page can say why it is shown.
  const [idleLocked, setIdleLocked] = useState(false);
  const reopen = useCallback(() => setGate({ phase: 'loading' }), []);
  const unlocked = useCallback(() => {
    setIdleLocked(false);
    reopen();
  }, [reopen]);
  useEffect(() => {
    if (gate.phase !== 'loading') return;
    let cancelled = false;
    void resolveGate().then((next) => {
      if (!cancelled) setGate(next);
    });
    return () => {
      cancelled = true;
    };
  }, [gate.phase]);

  switch (gate.phase) {
    case 'loading':
      return <Loading />;
    case 'noChoice':
      return <NoChoicePage />;
    case 'visitLost':
      return <VisitLostPage />;
    case 'setup':
      return <Navigate to="/antrag/beginnen?speicher=geraet" replace />;
    case 'locked':
      return (
        <>
          {idleLocked && (
            <div className="page">
              <NotificationBanner kind="info" title={s('idle.lockedTitle')}>
                <p>{s('idle.locked')}</p>
              </NotificationBanner>
            </div>
          )}
          <UnlockPage unlock={gate.unlock} onUnlocked={unlocked} onDeleted={reopen} />
        </>
      );
    case 'damaged':
      return <DamagedPage onDeleted={reopen} />;
    case 'failed':
      return <FailedPage code={gate.code} onRetry={reopen} />;
    case 'ready':
      return <OpenDrafts session={gate.session} onLocked={reopen} onIdleLock={() => setIdleLocked(true)} />;
  }
}

function OpenDrafts({
  session,
  onLocked,
  onIdleLock,
}: {
  session: NonNullable<ReturnType<typeof currentSession>>;
  onLocked: () => void;
  onIdleLock: () => void;
}) {
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
  const readOnly = api.submission && editsTheDraft(pathname) ? api.submission : undefined;
  return (
    <DraftContext.Provider value={api}>
      <IdleWarning
        visible={idle.warning}
        minutes={Math.ceil(idleWarningSeconds / 60)}
        onExtend={idle.extend}
      />
      <SaveStatus />
      {readOnly ? <ReadOnlyNotice submission={readOnly} /> : <Outlet />}
    </DraftContext.Provider>
  );
}

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

function editsTheDraft(pathname: string): boolean {
  return !readableWhileSent.has(pathname.replace(/\/$/, ''));
}

function Loading() {
  const t = useMessages(antragMessages);
  return (
    <p className="page" role="status">
      {t('layout.loading')}
    </p>
  );
}

// Pages that are not a place to resume filling in: overviews, and sending, which resumes by itself.
const notResumable = new Set([
  '/antrag',
  '/antrag/jahr',
  '/antrag/entwuerfe',
  '/antrag/pruefen',
  '/antrag/absenden',
  '/antrag/bestaetigung',
  '/antrag/status',
]);

/** Remembers the page the user is on, so that after closing the tab "Ihr Antrag" offers to continue there. */
function useResumePoint(api: ReturnType<typeof useDraftApi>) {
  const { pathname } = useLocation();
  const draftId = api?.draft?.id;
  const setLastPath = api?.setLastPath;
  useEffect(() => {
    const path = pathname.replace(/\/$/, '');
    // Only wizard pages are kept (the same allow-list the task list follows).
    if (draftId !== undefined && setLastPath && !notResumable.has(path) && safeResumePath(path))
      setLastPath(path);
    // setLastPath changes with every draft change; the page and the draft decide.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname, draftId]);
}
