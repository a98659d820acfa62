import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { caseworkerProblemCodes as codes, csrfHeader } from '../../api/contracts/caseworker-auth';
import type { ServerContext } from '../app/server-context';
import { findSession, slideSession, type ActiveSession } from '../caseworker/sessions';
import { sendProblem } from '../http/problem';
import { memberTimes } from '../invitations/member-session-answer';
import { clearMemberSessionCookie, memberSessionCookieOf } from '../invitations/member-session-cookie';
import {
  findMemberSession,
  slideMemberSession,
  type ActiveMemberSession,
} from '../invitations/member-sessions';
import { sameSecret } from '../secrets/keyed-hash';
import { clearSessionCookie, sessionCookieOf } from './session-cookie';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false: an authenticated request that does not move the idle end (GET session, which the UI polls). */
    slidesSession?: boolean;
    /**
     * An applicant endpoint (issue 14): 'public' to the access check, the route checks the application secret;
     * a request carrying a live session of a logged-in role (a member, a caseworker) is refused with 403.
     */
    applicant?: boolean;
  }
  interface FastifyRequest {
    /** Set by the access check on endpoints for caseworkers. */
    caseworkerSession?: ActiveSession;
    /** Set by the access check on endpoints for members (issue 14). */
    memberSession?: ActiveMemberSession;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

const hasSessionCookie = (request: FastifyRequest) =>
  sessionCookieOf(request) !== undefined || memberSessionCookieOf(request) !== undefined;

type Identity =
  | { role: 'caseworker'; session: ActiveSession }
  | { role: 'member'; session: ActiveMemberSession }
  | { role: 'none'; deadCookies: { caseworker: boolean; member: boolean } };

/**
 * Who calls, from the credentials the request carries: a caseworker by the caseworker session cookie, a member
 * (issue 14) by the member session cookie of an opened invitation. Providers get their credentials later.
 */
async function identify(ctx: ServerContext, request: FastifyRequest): Promise<Identity> {
  const now = ctx.clock.now();
  const caseworkerCookie = sessionCookieOf(request);
  const caseworker =
    caseworkerCookie === undefined ? undefined : await findSession(ctx.db, caseworkerCookie, now);
  if (caseworker) return { role: 'caseworker', session: caseworker };
  const memberCookie = memberSessionCookieOf(request);
  const member = memberCookie === undefined ? undefined : await findMemberSession(ctx.db, memberCookie, now);
  if (member) return { role: 'member', session: member };
  return {
    role: 'none',
    deadCookies: { caseworker: caseworkerCookie !== undefined, member: memberCookie !== undefined },
  };
}

/**
 * Enforces each route's `access` before its body is read: 'public' and 'demo' routes pass (demo routes exist
 * only in demo mode); a route for roles admits only a valid login of one of them — no credentials, a lapsed
 * session or applicant credentials (an Abrufcode opens one application's status, nothing else) are 401, a login
 * of another role 403. Applicant endpoints (config `applicant`, issue 14) are public to this check, but a live
 * member's or caseworker's session on them is a login of another role: 403. State-changing requests of a
 * logged-in role must carry the session's CSRF token (403), and each admitted request slides the idle end unless
 * the route says otherwise.
 */
export function registerAccessControl(app: FastifyInstance, ctx: ServerContext): void {
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const access = request.routeOptions.config?.access;
    if (request.routeOptions.config?.applicant === true && hasSessionCookie(request)) {
      // The applicant has no login: a live session of another role is that role calling, not the applicant.
      const identity = await identify(ctx, request);
      if (identity.role !== 'none') {
        return sendProblem(reply, 403, codes.forbidden, 'This is not open to your role');
      }
    }
    if (access === undefined || access === 'public' || access === 'demo') return undefined;
    const identity = await identify(ctx, request);
    if (identity.role === 'none') {
      if (identity.deadCookies.caseworker) clearSessionCookie(reply);
      if (identity.deadCookies.member) clearMemberSessionCookie(reply);
      return sendProblem(reply, 401, codes.unauthenticated, 'Please log in');
    }
    if (!access.includes(identity.role)) {
      return sendProblem(reply, 403, codes.forbidden, 'This is not open to your role');
    }
    if (!safeMethods.has(request.method)) {
      const token = request.headers[csrfHeader.toLowerCase()];
      if (typeof token !== 'string' || !sameSecret(token, identity.session.csrfToken)) {
        return sendProblem(reply, 403, codes.csrfMissing, `The ${csrfHeader} header is missing or wrong`);
      }
    }
    const slides = request.routeOptions.config.slidesSession !== false;
    const now = ctx.clock.now();
    if (identity.role === 'member') {
      request.memberSession = slides
        ? await slideMemberSession(ctx.db, identity.session, now, memberTimes)
        : identity.session;
    } else {
      request.caseworkerSession = slides
        ? await slideSession(ctx.db, identity.session, now, ctx.config.caseworkerSessions)
        : identity.session;
    }
    return undefined;
  });
}
