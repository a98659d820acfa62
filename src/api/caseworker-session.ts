import { z } from 'zod';
import { apiFetch } from './api-fetch';
import {
  caseworkerKeepAlivePath,
  caseworkerLoginPath,
  caseworkerLogoutPath,
  caseworkerSessionPath,
  caseworkerSessionSchema,
  csrfHeader,
  type CaseworkerLoginRequest,
  type CaseworkerSession,
} from './contracts/caseworker-auth';

/**
 * The caseworker's login, session, keep-alive and logout (ADR 0020). The session itself is an HttpOnly cookie the
 * page never sees; the CSRF token of the session answer is kept here, in this module's memory only — never in
 * localStorage or sessionStorage, where another script or a later visitor of the device could read it. A reload
 * loses it; the next GET session brings it back.
 */
let csrfToken: string | undefined;

function remember(session: CaseworkerSession): CaseworkerSession {
  csrfToken = session.csrfToken;
  return session;
}

/** Forgets the CSRF token (after logout, or when the server says the session has ended). */
export function forgetCaseworkerSession(): void {
  csrfToken = undefined;
}

/**
 * The header every state-changing caseworker request carries: the session's CSRF token. (No Content-Type for a
 * POST without a body: the server would refuse an empty JSON body.)
 */
export function caseworkerPostHeaders(): Record<string, string> {
  return csrfToken === undefined ? {} : { [csrfHeader]: csrfToken };
}

export async function loginCaseworker(request: CaseworkerLoginRequest): Promise<CaseworkerSession> {
  return remember(
    await apiFetch(caseworkerLoginPath, caseworkerSessionSchema, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    }),
  );
}

/** GET session: does not count as activity on the server, so asking it never keeps an idle session alive. */
export async function fetchCaseworkerSession(): Promise<CaseworkerSession> {
  return remember(await apiFetch(caseworkerSessionPath, caseworkerSessionSchema));
}

/** "Angemeldet bleiben": the user's own activity, which moves idleExpiresAt. */
export async function keepCaseworkerSessionAlive(): Promise<CaseworkerSession> {
  return remember(
    await apiFetch(caseworkerKeepAlivePath, caseworkerSessionSchema, {
      method: 'POST',
      headers: caseworkerPostHeaders(),
    }),
  );
}

// 204 without a body: apiFetch hands the schema `undefined`.
const noContentSchema = z.undefined();

export async function logoutCaseworker(): Promise<void> {
  try {
    await apiFetch(caseworkerLogoutPath, noContentSchema, {
      method: 'POST',
      headers: caseworkerPostHeaders(),
    });
  } finally {
    forgetCaseworkerSession();
  }
}

/** The query key of the session; login and keep-alive put their answer here. */
export const caseworkerSessionKey = ['caseworker', 'session'] as const;
