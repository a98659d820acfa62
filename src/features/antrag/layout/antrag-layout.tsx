import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Navigate } from 'react-router';
import { currentSession, resolveGate, type Gate } from '../draft/draft-session';
import { Loading } from './loading';
import { OpenDraftLayout } from './open-draft-layout';

// The gates are shown only when the drafts cannot open at once; a new user on the way to the first question never
// needs them, so they load on demand (issue 11: the first page's JS).
const DamagedPage = lazy(() => import('../gates/damaged-page').then((m) => ({ default: m.DamagedPage })));
const FailedPage = lazy(() => import('../gates/failed-page').then((m) => ({ default: m.FailedPage })));
const NoChoicePage = lazy(() => import('../gates/no-choice-page').then((m) => ({ default: m.NoChoicePage })));
const UnlockPage = lazy(() => import('../gates/unlock-page').then((m) => ({ default: m.UnlockPage })));
const VisitLostPage = lazy(() =>
  import('../gates/visit-lost-page').then((m) => ({ default: m.VisitLostPage })),
);
const IdleLockedBanner = lazy(() =>
  import('./idle-locked-banner').then((m) => ({ default: m.IdleLockedBanner })),
);

/** Everything below /antrag: first the storage the user chose (and its passphrase), then the drafts. */
export function AntragLayout() {
  return (
    <Suspense fallback={<Loading />}>
      <Gates />
    </Suspense>
  );
}

function Gates() {
  const [gate, setGate] = useState<Gate>(() => {
    const session = currentSession();
    return session ? { phase: 'ready', session } : { phase: 'loading' };
  });
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
          {idleLocked && <IdleLockedBanner />}
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
