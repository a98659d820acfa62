import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { caseworkerProblemCodes as codes, csrfHeader } from '../../api/contracts/caseworker-auth';
import { providerProblemCodes } from '../../api/contracts/provider-check';
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
import { providerOfApiKey } from '../providers/provider-api-keys';
import { clearProviderSessionCookie, providerSessionCookieOf } from '../providers/provider-session-cookie';
import {
  findProviderSession,
  slideProviderSession,
  type ActiveProviderSession,
} from '../providers/provider-sessions';
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
    /** Set by the access check on endpoints for providers that called with a session cookie (issue 15). */
    providerSession?: ActiveProviderSession;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

const hasSessionCookie = (request: FastifyRequest) =>
  sessionCookieOf(request) !== undefined ||
  memberSessionCookieOf(request) !== undefined ||
  providerSessionCookieOf(request) !== undefined;

type Identity =
  | { role: 'caseworker'; session: ActiveSession }
  | { role: 'member'; session: ActiveMemberSession }
  | { role: 'provider'; via: 'portal'; session: ActiveProviderSession }
  | { role: 'provider'; via: 'apiKey'; provider: { ik: string; name: string } }
  | { role: 'none'; deadCookies: { caseworker: boolean; member: boolean; provider: boolean } };

/** The key of `Authorization: Bearer <key>`, or undefined. */
function bearerKeyOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/**
 * Who calls, from the credentials the request carries: a caseworker by the caseworker session cookie, a member
 * (issue 14) by the member session cookie of an opened invitation, a provider (issue 15) by the provider session
 * cookie or — only on a route whose config says `providerApiKey` — by an API key. Anywhere else a bearer key is
 * no credential at all, so it gets what no login gets.
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
  const providerCookie = providerSessionCookieOf(request);
  const provider =
    providerCookie === undefined ? undefined : await findProviderSession(ctx.db, providerCookie, now);
  if (provider) return { role: 'provider', via: 'portal', session: provider };
  const bearerKey = request.routeOptions.config?.providerApiKey === true ? bearerKeyOf(request) : undefined;
  const keyHolder = bearerKey === undefined ? undefined : await providerOfApiKey(ctx.db, bearerKey, now);
  if (keyHolder) return { role: 'provider', via: 'apiKey', provider: keyHolder };
  return {
    role: 'none',
    deadCookies: {
      caseworker: caseworkerCookie !== undefined,
      member: memberCookie !== undefined,
      provider: providerCookie !== undefined,
    },
  };
}

/**
 * Enforces each route's `access` before its body is read: 'public' and 'demo' routes pass (demo routes exist
 * only in demo mode); a route for roles admits only a valid login of one of them — no credentials, a lapsed
 * session or applicant credentials (an Abrufcode opens one application's status, nothing else) are 401, a login
 * of another role 403. Applicant endpoints (config `applicant`, issue 14) are public to this check, but a live
 * member's, caseworker's or provider's session on them is a login of another role: 403. A provider still in the
 * activation stage (logged in with a letter's initial password) is admitted only where the route's config says
 * `providerActivation`; elsewhere 403 provider.activationRequired. State-changing requests of a logged-in role
 * must carry the session's CSRF token (403) — except a provider's API key, which is no cookie a foreign page could
 * make the browser send — and each admitted session request slides the idle end unless the route says otherwise.
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
      if (identity.deadCookies.provider) clearProviderSessionCookie(reply);
      return sendProblem(reply, 401, codes.unauthenticated, 'Please log in');
    }
    if (!access.includes(identity.role)) {
      return sendProblem(reply, 403, codes.forbidden, 'This is not open to your role');
    }
    if (identity.role === 'provider' && identity.via === 'apiKey') {
      // Practice software: no session to protect from cross-site requests, nothing to slide.
      request.providerIdentity = { ...identity.provider, via: 'apiKey' };
      return undefined;
    }
    if (
      identity.role === 'provider' &&
      identity.session.stage === 'activation' &&
      request.routeOptions.config.providerActivation !== true
    ) {
      return sendProblem(
        reply,
        403,
        providerProblemCodes.activationRequired,
        'Set your own password with the Prüfnummer of your letter first',
      );
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
    } else if (identity.role === 'provider') {
      const session = slides
        ? await slideProviderSession(ctx.db, identity.session, now, ctx.config.providerSessions)
        : identity.session;
      request.providerSession = session;
      request.providerIdentity = { ik: session.ik, name: session.name, via: 'portal' };
    } else {
      request.caseworkerSession = slides
        ? await slideSession(ctx.db, identity.session, now, ctx.config.caseworkerSessions)
        : identity.session;
    }
    return undefined;
  });
}
