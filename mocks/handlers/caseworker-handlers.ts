import { http, HttpResponse } from 'msw';
import { Secret, TOTP } from 'otpauth';
import {
  caseworkerKeepAlivePath,
  caseworkerLoginPath,
  caseworkerLoginRequestSchema,
  caseworkerLogoutPath,
  caseworkerProblemCodes as codes,
  caseworkerSessionCookie,
  caseworkerSessionPath,
  csrfHeader,
  type CaseworkerSession,
} from '../../src/api/contracts/caseworker-auth';
import { mockCaseworkerAccounts, type MockCaseworkerAccount } from '../data/caseworker-accounts';
import { problem } from './problem';
import { sha256Hex } from './web-sha256';

/**
 * The caseworker login's twin (server: src/server/caseworker, ADR 0020): the demo account (and a test's second
 * one, mocks/data/caseworker-accounts.ts), sessions in memory
 * keyed by the SHA-256 of a random id, the same cookie, CSRF token, TOTP-once rule, timeouts and answers. It
 * keeps no lockout counters (the server's tests cover those). A case's history is answered by
 * case-review-handlers.ts, from the log kept with each submission.
 */
const idleMs = 15 * 60 * 1000;
const absoluteMs = 8 * 60 * 60 * 1000;
const cookieAttributes = 'Path=/api; HttpOnly; Secure; SameSite=Strict';

export type MockSession = {
  caseworker: { id: string; displayName: string };
  csrfToken: string;
  idleExpiresAt: number;
  absoluteExpiresAt: number;
};
const sessions = new Map<string, MockSession>();
/** Per account: the last TOTP time step used, so a code is accepted once. */
const lastTotpSteps = new Map<string, number>();

const totpOf = (account: MockCaseworkerAccount) =>
  new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(account.totpSecret) });

const randomToken = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
};
const hashOf = (sessionId: string) => sha256Hex(new TextEncoder().encode(sessionId));

const noStore = { 'Cache-Control': 'no-store' };
const loginFailed = () => problem(401, codes.loginFailed, 'Username, password or code is not right');
const unauthenticated = (clear: boolean) => {
  const response = problem(401, codes.unauthenticated, 'Please log in');
  if (clear)
    response.headers.set('Set-Cookie', `${caseworkerSessionCookie}=; ${cookieAttributes}; Max-Age=0`);
  return response;
};

const answerOf = (session: MockSession): CaseworkerSession => ({
  caseworker: session.caseworker,
  idleTimeoutSeconds: idleMs / 1000,
  idleExpiresAt: new Date(session.idleExpiresAt).toISOString(),
  absoluteExpiresAt: new Date(session.absoluteExpiresAt).toISOString(),
  csrfToken: session.csrfToken,
});

/** The access check of the server's caseworker routes: a live session, and the CSRF token on POST. */
export async function authenticated(
  request: Request,
  cookies: Record<string, string>,
  options: { slides: boolean },
): Promise<{ key: string; session: MockSession } | Response> {
  const sessionId = cookies[caseworkerSessionCookie];
  if (!sessionId) return unauthenticated(false);
  const key = await hashOf(sessionId);
  const session = sessions.get(key);
  const now = Date.now();
  if (!session || now >= session.idleExpiresAt || now >= session.absoluteExpiresAt) {
    sessions.delete(key);
    return unauthenticated(true);
  }
  if (request.method !== 'GET' && request.headers.get(csrfHeader) !== session.csrfToken) {
    return problem(403, codes.csrfMissing, `The ${csrfHeader} header is missing or wrong`);
  }
  if (options.slides) session.idleExpiresAt = Math.min(now + idleMs, session.absoluteExpiresAt);
  return { key, session };
}

export const caseworkerHandlers = [
  http.post(caseworkerLoginPath, async ({ request }) => {
    const parsed = caseworkerLoginRequestSchema.safeParse(await request.json().catch(() => undefined));
    if (!parsed.success) {
      return problem(
        400,
        'request.invalid',
        'Invalid login',
        parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      );
    }
    const { username, password, totp: code } = parsed.data;
    const now = Date.now();
    const account = mockCaseworkerAccounts.get(username.trim().toLowerCase());
    if (!account || password !== account.password) return loginFailed();
    const delta = totpOf(account).validate({ token: code, timestamp: now, window: 1 });
    const step = delta === null ? undefined : Math.floor(now / 30_000) + delta;
    if (step === undefined || step <= (lastTotpSteps.get(account.id) ?? -1)) return loginFailed();
    lastTotpSteps.set(account.id, step);
    const sessionId = randomToken();
    const session: MockSession = {
      caseworker: { id: account.id, displayName: account.displayName },
      csrfToken: randomToken(),
      idleExpiresAt: now + idleMs,
      absoluteExpiresAt: now + absoluteMs,
    };
    sessions.set(await hashOf(sessionId), session);
    return HttpResponse.json(answerOf(session), {
      headers: { ...noStore, 'Set-Cookie': `${caseworkerSessionCookie}=${sessionId}; ${cookieAttributes}` },
    });
  }),

  http.get(caseworkerSessionPath, async ({ request, cookies }) => {
    const found = await authenticated(request, cookies, { slides: false });
    if (found instanceof Response) return found;
    return HttpResponse.json(answerOf(found.session), { headers: noStore });
  }),

  http.post(caseworkerKeepAlivePath, async ({ request, cookies }) => {
    const found = await authenticated(request, cookies, { slides: true });
    if (found instanceof Response) return found;
    return HttpResponse.json(answerOf(found.session), { headers: noStore });
  }),

  http.post(caseworkerLogoutPath, async ({ request, cookies }) => {
    const found = await authenticated(request, cookies, { slides: true });
    if (found instanceof Response) return found;
    sessions.delete(found.key);
    return new HttpResponse(null, {
      status: 204,
      headers: { ...noStore, 'Set-Cookie': `${caseworkerSessionCookie}=; ${cookieAttributes}; Max-Age=0` },
    });
  }),
];
