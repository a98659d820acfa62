import { HttpResponse } from 'msw';
import type { ZodType } from 'zod';
import { commonProblemCodes } from '../../src/api/contracts/api-problem';
import { caseworkerProblemCodes as authCodes, csrfHeader } from '../../src/api/contracts/caseworker-auth';
import {
  providerProblemCodes as codes,
  providerSessionCookie,
  type ProviderSession,
} from '../../src/api/contracts/provider-check';
import {
  mockProviderApiKeys,
  mockProviderSessions,
  registerEntry,
  type MockProviderSession,
} from '../store/provider-store';
import { problem } from './problem';
import { sameCode } from './abrufcode';
import { sha256Hex } from './web-sha256';

/**
 * The access check of the provider routes in the mock (the server's src/server/auth/access-control.ts with
 * provider-sessions.ts): a provider's session cookie (idle 15 minutes, at most 8 hours, like a caseworker's) with
 * its CSRF token on every state-changing request, or — only where a route allows it, the status query — an API key
 * as `Authorization: Bearer zbk_…`. An activation session (initial password) reaches only the activation and the
 * session routes. Sessions live in memory keyed by the SHA-256 of their random id, as in caseworker-handlers.ts.
 */
export const providerIdleMs = 15 * 60 * 1000;
export const providerAbsoluteMs = 8 * 60 * 60 * 1000;
const cookieAttributes = 'Path=/api; HttpOnly; Secure; SameSite=Strict';

export const noStore = { 'Cache-Control': 'no-store' };

export const sessionKeyOf = (sessionId: string) => sha256Hex(new TextEncoder().encode(sessionId));

export const setSessionCookie = (sessionId: string) => ({
  'Set-Cookie': `${providerSessionCookie}=${sessionId}; ${cookieAttributes}`,
});
export const clearSessionCookie = () => ({
  'Set-Cookie': `${providerSessionCookie}=; ${cookieAttributes}; Max-Age=0`,
});

export type ProviderCaller = {
  ik: string;
  name: string;
  via: 'portal' | 'apiKey';
  /** The session and its key, when the caller came with the cookie. */
  session?: { key: string; value: MockProviderSession };
};

export function sessionAnswer(session: MockProviderSession): ProviderSession {
  const entry = registerEntry(session.ik);
  return {
    provider: { ik: session.ik, name: entry?.name ?? session.ik },
    stage: session.stage,
    idleTimeoutSeconds: providerIdleMs / 1000,
    idleExpiresAt: new Date(session.idleExpiresAt).toISOString(),
    absoluteExpiresAt: new Date(session.absoluteExpiresAt).toISOString(),
    csrfToken: session.csrfToken,
  };
}

const unauthenticated = (clearCookie: boolean) => {
  const response = problem(401, authCodes.unauthenticated, 'Please log in');
  if (clearCookie) response.headers.set('Set-Cookie', clearSessionCookie()['Set-Cookie']);
  return response;
};

/** The key of `Authorization: Bearer <key>`, or undefined. */
const bearerKeyOf = (request: Request): string | undefined =>
  /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '')?.[1];

export async function providerCaller(
  request: Request,
  cookies: Record<string, string>,
  options: { slides?: boolean; activation?: boolean; apiKey?: boolean } = {},
): Promise<ProviderCaller | Response> {
  const now = Date.now();
  const sessionId = cookies[providerSessionCookie];
  if (sessionId) {
    const key = await sessionKeyOf(sessionId);
    const session = mockProviderSessions.get(key);
    if (session && now < session.idleExpiresAt && now < session.absoluteExpiresAt) {
      if (session.stage === 'activation' && options.activation !== true) {
        return problem(
          403,
          codes.activationRequired,
          'Set your own password with the Prüfnummer of your letter first',
        );
      }
      const token = request.headers.get(csrfHeader);
      if (request.method !== 'GET' && (token === null || !sameCode(token, session.csrfToken))) {
        return problem(403, authCodes.csrfMissing, `The ${csrfHeader} header is missing or wrong`);
      }
      if (options.slides !== false)
        session.idleExpiresAt = Math.min(now + providerIdleMs, session.absoluteExpiresAt);
      const name = registerEntry(session.ik)?.name ?? session.ik;
      return { ik: session.ik, name, via: 'portal', session: { key, value: session } };
    }
    mockProviderSessions.delete(key);
  }
  const bearer = options.apiKey === true ? bearerKeyOf(request) : undefined;
  if (bearer !== undefined) {
    const sha = await sha256Hex(new TextEncoder().encode(bearer));
    const found = [...mockProviderApiKeys.values()].find(
      (candidate) => candidate.secretSha256 === sha && candidate.revokedAt === undefined,
    );
    if (found) {
      found.lastUsedAt = now;
      return { ik: found.ik, name: registerEntry(found.ik)?.name ?? found.ik, via: 'apiKey' };
    }
  }
  return unauthenticated(Boolean(sessionId));
}

export const jsonAnswer = (body: unknown, status = 200) =>
  HttpResponse.json(body as Record<string, unknown>, { status, headers: noStore });

/** The body as the schema reads it, or the 400 `request.invalid` with the issues' paths. */
export async function parsed<T>(request: Request, schema: ZodType<T>, title: string): Promise<T | Response> {
  const result = schema.safeParse(await request.json().catch(() => undefined));
  if (result.success) return result.data;
  return problem(
    400,
    commonProblemCodes.requestInvalid,
    title,
    result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  );
}
