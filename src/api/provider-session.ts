import { z } from 'zod';
import { apiFetch } from './api-fetch';
import { csrfHeader } from './contracts/caseworker-auth';
import {
  providerActivationPath,
  providerKeepAlivePath,
  providerLoginPath,
  providerLogoutPath,
  providerSessionPath,
  providerSessionSchema,
  type ProviderActivationRequest,
  type ProviderLoginRequest,
  type ProviderSession,
} from './contracts/provider-check';

/**
 * The provider's login, activation, session, keep-alive and logout (issue 15, ADR 0026). The session is an
 * HttpOnly cookie the page never sees; the CSRF token of the session answer is kept here, in this module's memory
 * only — never in localStorage or sessionStorage, where another script or a later visitor of the counter's
 * computer could read it. A reload loses it; the next GET session brings it back.
 */
let csrfToken: string | undefined;

function remember(session: ProviderSession): ProviderSession {
  csrfToken = session.csrfToken;
  return session;
}

/** Forgets the CSRF token (after logout, or when the server says the session has ended). */
export function forgetProviderSession(): void {
  csrfToken = undefined;
}

/** The header every state-changing provider request carries: the session's CSRF token. */
export function providerPostHeaders(): Record<string, string> {
  return csrfToken === undefined ? {} : { [csrfHeader]: csrfToken };
}

/** A JSON body with the CSRF token: what every state-changing provider request with a body sends. */
export function providerJsonHeaders(): Record<string, string> {
  return { 'Content-Type': 'application/json', ...providerPostHeaders() };
}

export async function loginProvider(request: ProviderLoginRequest): Promise<ProviderSession> {
  return remember(
    await apiFetch(providerLoginPath, providerSessionSchema, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    }),
  );
}

/** The Prüfnummer of the letter and the personal password: ends the activation stage (answer: the session). */
export async function activateProvider(request: ProviderActivationRequest): Promise<ProviderSession> {
  return remember(
    await apiFetch(providerActivationPath, providerSessionSchema, {
      method: 'POST',
      headers: providerJsonHeaders(),
      body: JSON.stringify(request),
    }),
  );
}

/** GET session: does not count as activity on the server, so asking it never keeps an idle session alive. */
export async function fetchProviderSession(): Promise<ProviderSession> {
  return remember(await apiFetch(providerSessionPath, providerSessionSchema));
}

/** "Angemeldet bleiben": the user's own activity, which moves idleExpiresAt. */
export async function keepProviderSessionAlive(): Promise<ProviderSession> {
  return remember(
    await apiFetch(providerKeepAlivePath, providerSessionSchema, {
      method: 'POST',
      headers: providerPostHeaders(),
    }),
  );
}

// 204 without a body: apiFetch hands the schema `undefined`.
const noContentSchema = z.undefined();

export async function logoutProvider(): Promise<void> {
  try {
    await apiFetch(providerLogoutPath, noContentSchema, {
      method: 'POST',
      headers: providerPostHeaders(),
    });
  } finally {
    forgetProviderSession();
  }
}

/** The query key of the session; every provider query key starts with 'provider', so logout drops them all. */
export const providerSessionKey = ['provider', 'session'] as const;
