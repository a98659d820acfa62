import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Navigate, Outlet, useLocation, useNavigate, useOutletContext } from 'react-router';
import { ApiError } from '../../api/api-error';
import {
  caseworkerSessionKey,
  fetchCaseworkerSession,
  forgetCaseworkerSession,
  keepCaseworkerSessionAlive,
  logoutCaseworker,
} from '../../api/caseworker-session';
import type { CaseworkerSession } from '../../api/contracts/caseworker-auth';
import { useMessages } from '../../i18n/feature-messages';
import { IdleDialog, type IdleDialogTexts } from '../../ui/idle-dialog';
import { NotificationBanner } from '../../ui/notification-banner';
import { useIdleSession, type IdleSessionSource } from '../../ui/use-idle-session';
import { sachbearbeitungMessages } from './sachbearbeitung-messages';
import { loginPath, loginPathFor, type LoginPageState, type SessionEnded } from './sachbearbeitung-paths';
import './sachbearbeitung.css';

export type CaseworkerContext = {
  session: CaseworkerSession;
  /** For a page whose request was answered 401: the session has ended on the server. */
  endSession: (reason: SessionEnded) => void;
};

/** The session of the caseworker area, for the pages inside the layout. */
export function useCaseworker(): CaseworkerContext {
  return useOutletContext<CaseworkerContext>();
}

/**
 * Every page below /sachbearbeitung except the login: asks GET session, sends someone without a session to the
 * login (which returns here afterwards), names who is logged in, offers "Abmelden" and warns before the idle end.
 */
export function CaseworkerLayout() {
  const t = useMessages(sachbearbeitungMessages);
  const location = useLocation();
  const session = useQuery({
    queryKey: caseworkerSessionKey,
    queryFn: fetchCaseworkerSession,
    // Asked again by the idle watch, never by focus or mount: each answer is current until the next check.
    staleTime: Infinity,
  });

  if (session.isPending) return <p role="status">{t('area.checking')}</p>;
  if (session.isError) {
    if (session.error instanceof ApiError && session.error.status === 401) {
      return <Navigate to={loginPathFor(`${location.pathname}${location.search}`)} replace />;
    }
    return (
      <NotificationBanner kind="error" title={t('area.failed')}>
        <p>{t('area.failedText')}</p>
        <button type="button" className="button" onClick={() => void session.refetch()}>
          {t('area.retry')}
        </button>
      </NotificationBanner>
    );
  }
  return <SignedIn session={session.data} updatedAt={session.dataUpdatedAt} />;
}

function SignedIn({ session, updatedAt }: { session: CaseworkerSession; updatedAt: number }) {
  const t = useMessages(sachbearbeitungMessages);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();

  const endSession = useCallback(
    (reason: SessionEnded) => {
      forgetCaseworkerSession();
      const state: LoginPageState = { ended: reason };
      const to = reason === 'logout' ? loginPath : loginPathFor(`${location.pathname}${location.search}`);
      void navigate(to, { replace: true, state });
      // After leaving, so the layout does not ask GET session again on its way out.
      queueMicrotask(() => queryClient.removeQueries({ queryKey: ['caseworker'] }));
    },
    [navigate, queryClient, location.pathname, location.search],
  );

  const idleSource = useMemo<IdleSessionSource<CaseworkerSession>>(
    () => ({
      fetchSession: fetchCaseworkerSession,
      hasEnded: (error) => error instanceof ApiError && error.status === 401,
      onFresh: (fresh) => queryClient.setQueryData(caseworkerSessionKey, fresh),
    }),
    [queryClient],
  );
  const { warning } = useIdleSession(session, updatedAt, idleSource, () => endSession('idle'));
  const idleTexts: IdleDialogTexts = {
    title: t('idle.title'),
    text: (time) => t('idle.text', { time }),
    final: (time) => t('idle.final', { time }),
    stay: t('idle.stay'),
    logout: t('idle.logout'),
    stayFailed: t('idle.stayFailed'),
  };
  const keepAlive = useMutation({
    mutationFn: keepCaseworkerSessionAlive,
    onSuccess: (fresh) => queryClient.setQueryData(caseworkerSessionKey, fresh),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 401) endSession('idle');
    },
  });
  const logout = useMutation({
    mutationFn: logoutCaseworker,
    // Whatever the answer, the page forgets the session: a 401 means it had already ended.
    onSettled: () => endSession('logout'),
  });

  return (
    <>
      <div className="caseworker-bar" inert={warning}>
        <p className="caseworker-bar__area">{t('area.name')}</p>
        <p className="caseworker-bar__who">
          {t('area.signedInAs', { name: session.caseworker.displayName })}
        </p>
        <button
          type="button"
          className="button button--secondary caseworker-bar__logout"
          onClick={() => logout.mutate()}
          disabled={logout.isPending}
        >
          {t('area.logout')}
        </button>
      </div>
      <div inert={warning}>
        <Outlet context={{ session, endSession } satisfies CaseworkerContext} />
      </div>
      {warning && (
        <IdleDialog
          texts={idleTexts}
          endsAt={session.idleExpiresAt}
          canExtend={session.idleExpiresAt < session.absoluteExpiresAt}
          failed={keepAlive.isError}
          pending={keepAlive.isPending}
          onStay={() => keepAlive.mutate()}
          onLogout={() => logout.mutate()}
        />
      )}
    </>
  );
}
