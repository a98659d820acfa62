import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { caseworkerProblemCodes as codes, csrfHeader } from '../../api/contracts/caseworker-auth';
import type { ServerContext } from '../app/server-context';
import { findSession, slideSession, type ActiveSession } from '../caseworker/sessions';
import { sendProblem } from '../http/problem';
import { sameSecret } from '../secrets/keyed-hash';
import type { Role } from './roles';
import { clearSessionCookie, sessionCookieOf } from './session-cookie';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false: an authenticated request that does not move the idle end (GET session, which the UI polls). */
    slidesSession?: boolean;
  }
  interface FastifyRequest {
    /** Set by the access check on endpoints for caseworkers. */
    caseworkerSession?: ActiveSession;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

type Identity =
  { role: Exclude<Role, 'none'>; session: ActiveSession } | { role: 'none'; hadCookie: boolean };

/** Who calls, from the credentials the request carries. Members and providers get their credentials later. */
async function identify(ctx: ServerContext, request: FastifyRequest): Promise<Identity> {
  const cookie = sessionCookieOf(request);
  if (cookie === undefined) return { role: 'none', hadCookie: false };
  const session = await findSession(ctx.db, cookie, ctx.clock.now());
  return session ? { role: 'caseworker', session } : { role: 'none', hadCookie: true };
}

/**
 * Enforces each route's `access` before its body is read: 'public' and 'demo' routes pass (demo routes exist
 * only in demo mode); a route for roles admits only a valid login of one of them — no credentials, a lapsed
 * session or applicant credentials (an Abrufcode opens one application's status, nothing else) are 401, a login
 * of another role 403. State-changing requests of a logged-in role must carry the session's CSRF token (403),
 * and each admitted request slides the idle end unless the route says otherwise.
 */
export function registerAccessControl(app: FastifyInstance, ctx: ServerContext): void {
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const access = request.routeOptions.config?.access;
    if (access === undefined || access === 'public' || access === 'demo') return undefined;
    const identity = await identify(ctx, request);
    if (identity.role === 'none') {
      if (identity.hadCookie) clearSessionCookie(reply);
      return sendProblem(reply, 401, codes.unauthenticated, 'Please log in');
    }
    if (!access.includes(identity.role)) {
      return sendProblem(reply, 403, codes.forbidden, 'This is not open to your role');
    }
    const session = identity.session;
    if (!safeMethods.has(request.method)) {
      const token = request.headers[csrfHeader.toLowerCase()];
      if (typeof token !== 'string' || !sameSecret(token, session.csrfToken)) {
        return sendProblem(reply, 403, codes.csrfMissing, `The ${csrfHeader} header is missing or wrong`);
      }
    }
    request.caseworkerSession =
      request.routeOptions.config.slidesSession === false
        ? session
        : await slideSession(ctx.db, session, ctx.clock.now(), ctx.config.caseworkerSessions);
    return undefined;
  });
}
