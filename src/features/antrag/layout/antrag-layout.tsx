import { useCallback, useEffect, useState } from 'react';
import { Navigate } from 'react-router';
import { useMessages } from '../../../i18n/feature-messages';
import { NotificationBanner } from '../../../ui/notification-banner';
import { DamagedPage } from '../gates/damaged-page';
import { FailedPage } from '../gates/failed-page';
import { NoChoicePage } from '../gates/no-choice-page';
import { UnlockPage } from '../gates/unlock-page';
import { VisitLostPage } from '../gates/visit-lost-page';
import { currentSession, resolveGate, type Gate } from '../draft/draft-session';
import { Loading } from './loading';
import { OpenDraftLayout } from './open-draft-layout';
import { submissionMessages } from '../draft/submission-messages';

/** Everything below /antrag: first the storage the user chose (and its passphrase), then the drafts. */
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
      return (
        <OpenDraftLayout session={gate.session} onLocked={reopen} onIdleLock={() => setIdleLocked(true)} />
      );
  }
}
