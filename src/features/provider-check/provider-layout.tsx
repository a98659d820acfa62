import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigate, useOutletContext } from 'react-router';
import { ApiError } from '../../api/api-error';
import type { ProviderSession } from '../../api/contracts/provider-check';
import {
  fetchProviderSession,
  forgetProviderSession,
  keepProviderSessionAlive,
  logoutProvider,
  providerSessionKey,
} from '../../api/provider-session';
import { useMessages } from '../../i18n/feature-messages';
import { IdleDialog, type IdleDialogTexts } from '../../ui/idle-dialog';
import { NotificationBanner } from '../../ui/notification-banner';
import { useIdleSession, type IdleSessionSource } from '../../ui/use-idle-session';
import { providerMessages } from './provider-messages';
import {
  loginPathFor,
  providerPages,
  type ProviderLoginState,
  type ProviderQueryState,
  type SessionEnded,
} from './provider-paths';
import './provider-check.css';

export type ProviderContext = {
  session: ProviderSession;
  /** For a page whose request was answered 401: the session has ended on the server. */
  endSession: (reason: SessionEnded) => void;
};

/** The provider's session, for the pages inside the layout. */
export function useProvider(): ProviderContext {
  return useOutletContext<ProviderContext>();
}

/** The failure that means the provider's session is over. */
export const sessionHasEnded = (error: unknown): boolean => error instanceof ApiError && error.status === 401;

/**
 * Every signed-in page of the provider area: asks GET session, sends someone without a session to the login (which
 * returns here afterwards) and a provider still in the activation stage to the activation, names who is logged in,
 * offers the navigation and "Abmelden", and warns before the idle end (WCAG 2.2.1).
 */
export function ProviderLayout() {
  const t = useMessages(providerMessages);
  const location = useLocation();
  const session = useQuery({
    queryKey: providerSessionKey,
    queryFn: fetchProviderSession,
    // Asked again by the idle watch, never by focus or mount: each answer is current until the next check.
    staleTime: Infinity,
  });

  if (session.isPending) return <p role="status">{t('area.checking')}</p>;
  if (session.isError) {
    if (sessionHasEnded(session.error)) return <Navigate to={loginPathFor(location.pathname)} replace />;
    return (
      <NotificationBanner kind="error" title={t('area.failed')}>
        <p>{t('area.failedText')}</p>
        <button type="button" className="button" onClick={() => void session.refetch()}>
          {t('area.retry')}
        </button>
      </NotificationBanner>
    );
  }
  // Logged in with the letter's initial password: only the activation is open until it is done.
  const activating = location.pathname === providerPages.activation;
  if (session.data.stage === 'activation' && !activating)
    return <Navigate to={providerPages.activation} replace />;
  // Active on the activation page: it has just been done (or the address was typed again); the query says so.
  if (session.data.stage === 'active' && activating) {
    const state: ProviderQueryState = { activated: true };
    return <Navigate to={providerPages.query} replace state={state} />;
  }
  return <SignedIn session={session.data} updatedAt={session.dataUpdatedAt} />;
}

function SignedIn({ session, updatedAt }: { session: ProviderSession; updatedAt: number }) {
  const t = useMessages(providerMessages);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();

  const endSession = useCallback(
    (reason: SessionEnded) => {
      forgetProviderSession();
      const state: ProviderLoginState = { ended: reason };
      const to = reason === 'logout' ? providerPages.login : loginPathFor(location.pathname);
      void navigate(to, { replace: true, state });
      // After leaving, so the layout does not ask GET session again on its way out; the history and keys go too.
      queueMicrotask(() => queryClient.removeQueries({ queryKey: ['provider'] }));
    },
    [navigate, queryClient, location.pathname],
  );

  const idleSource = useMemo<IdleSessionSource<ProviderSession>>(
    () => ({
      fetchSession: fetchProviderSession,
      hasEnded: sessionHasEnded,
      onFresh: (fresh) => queryClient.setQueryData(providerSessionKey, fresh),
    }),
    [queryClient],
  );
  const { warning } = useIdleSession(session, updatedAt, idleSource, () => endSession('idle'));
  const keepAlive = useMutation({
    mutationFn: keepProviderSessionAlive,
    onSuccess: (fresh) => queryClient.setQueryData(providerSessionKey, fresh),
    onError: (error) => {
      if (sessionHasEnded(error)) endSession('idle');
    },
  });
  const logout = useMutation({
    mutationFn: logoutProvider,
    // Whatever the answer, the page forgets the session: a 401 means it had already ended.
    onSettled: () => endSession('logout'),
  });
  const idleTexts: IdleDialogTexts = {
    title: t('idle.title'),
    text: (time) => t('idle.text', { time }),
    final: (time) => t('idle.final', { time }),
    stay: t('idle.stay'),
    logout: t('idle.logout'),
    stayFailed: t('idle.stayFailed'),
  };

  return (
    <>
      <div className="provider-bar" inert={warning}>
        <p className="provider-bar__area">{t('area.name')}</p>
        <p className="provider-bar__who">
          {t('area.signedInAs', { name: session.provider.name, ik: session.provider.ik })}
        </p>
        <button
          type="button"
          className="button button--secondary provider-bar__logout"
          onClick={() => logout.mutate()}
          disabled={logout.isPending}
        >
          {t('area.logout')}
        </button>
        {session.stage === 'active' && (
          <nav className="provider-nav" aria-label={t('area.nav')}>
            <ul className="inline-list">
              <li>
                <NavLink to={providerPages.query}>{t('nav.query')}</NavLink>
              </li>
              <li>
                <NavLink to={providerPages.history}>{t('nav.history')}</NavLink>
              </li>
              <li>
                <NavLink to={providerPages.apiKeys}>{t('nav.apiKeys')}</NavLink>
              </li>
            </ul>
          </nav>
        )}
      </div>
      <div inert={warning}>
        <Outlet context={{ session, endSession } satisfies ProviderContext} />
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
