import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  caseworkerKeepAlivePath,
  caseworkerLoginPath,
  caseworkerLoginRequestSchema,
  caseworkerLogoutPath,
  caseworkerProblemCodes as codes,
  caseworkerSessionPath,
  type CaseworkerSession,
} from '../../api/contracts/caseworker-auth';
import { clientSubject } from '../app/client-subject';
import type { ServerContext } from '../app/server-context';
import { audit } from '../audit/audit-log';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie';
import { parseBody, sendProblem } from '../http/problem';
import { hit, isLockedOut, type RateLimitRule } from '../rate-limit/rate-limiter';
import { keyedHash } from '../secrets/keyed-hash';
import { consumeTotpStep, findCaseworker } from './caseworker-repository';
import { decoyPasswordRecord, verifyPassword } from './password';
import { createSession, endSession, pruneSessions, type ActiveSession } from './sessions';
import { matchTotpStep } from './totp';

const fifteenMinutes = 15 * 60 * 1000;

/**
 * Login, session, keep-alive and logout of caseworkers (issue 13, ADR 0020). Every refusal of a login is the same
 * 401 whatever was wrong, failures count towards lockouts per account and per client (in the database, ADR
 * 0013), and every attempt is audited with the account's id when there is one — never a password or a code.
 */
export function caseworkerRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const rules = {
    account: {
      bucket: 'caseworker-login-account',
      limit: ctx.config.rateLimits.loginFailuresPerAccount,
      windowMs: fifteenMinutes,
    },
    client: {
      bucket: 'caseworker-login-client',
      limit: ctx.config.rateLimits.loginFailuresPerClient,
      windowMs: fifteenMinutes,
    },
  } satisfies Record<string, RateLimitRule>;

  const answerOf = (session: ActiveSession): CaseworkerSession => ({
    caseworker: { id: session.caseworkerId, displayName: session.displayName },
    idleTimeoutSeconds: Math.round(ctx.config.caseworkerSessions.idleMs / 1000),
    idleExpiresAt: session.idleExpiresAt.toISOString(),
    absoluteExpiresAt: session.absoluteExpiresAt.toISOString(),
    csrfToken: session.csrfToken,
  });

  const sessionOf = (request: FastifyRequest): ActiveSession => {
    // The access check set it; a route for caseworkers without it would be a wiring mistake.
    if (!request.caseworkerSession) throw new Error('caseworker route reached without a session');
    return request.caseworkerSession;
  };

  app.post(caseworkerLoginPath, { config: { access: 'public' } }, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const body = parseBody(reply, caseworkerLoginRequestSchema, request.body, 'Invalid login');
    if (!body) return reply;
    const now = ctx.clock.now();
    const username = body.username.trim().toLowerCase();
    // The account's subject is keyed by the typed name, known or not: an unknown name locks out like a known one.
    const accountSubject = keyedHash(ctx.secret, 'caseworker-login', username).toString('hex').slice(0, 32);
    const client = clientSubject(ctx.secret, request);
    const caseworker = await findCaseworker(ctx.db, username);
    const actorId = caseworker?.id;

    const locked = [
      await isLockedOut(ctx.db, rules.client, client, now),
      await isLockedOut(ctx.db, rules.account, accountSubject, now),
    ].find((verdict) => !verdict.allowed);
    if (locked && !locked.allowed) {
      await audit(ctx.db, {
        at: now,
        actorRole: 'caseworker',
        actorId,
        action: 'caseworker.login.locked',
        outcome: 'refused',
      });
      reply.header('Retry-After', String(locked.retryAfterSeconds));
      return sendProblem(
        reply,
        429,
        codes.loginLocked,
        'Too many failed logins: login is paused for this account or this device; try again later',
      );
    }

    // Always one scrypt, for unknown names too, so the time taken tells nothing.
    const passwordOk = await verifyPassword(
      caseworker?.password ?? (await decoyPasswordRecord()),
      body.password,
    );
    let ok = caseworker !== undefined && caseworker.disabledAt === undefined && passwordOk;
    if (ok && caseworker) {
      const step = matchTotpStep(caseworker.totpSecret, body.totp, now);
      ok = step !== undefined && (await consumeTotpStep(ctx.db, caseworker.id, step));
    }
    if (!ok || !caseworker) {
      await hit(ctx.db, rules.client, client, now);
      await hit(ctx.db, rules.account, accountSubject, now);
      await audit(ctx.db, {
        at: now,
        actorRole: 'caseworker',
        actorId,
        action: 'caseworker.login',
        outcome: 'refused',
      });
      request.log.info({ outcome: 'refused' }, 'caseworker login');
      return sendProblem(reply, 401, codes.loginFailed, 'Username, password or code is not right');
    }
    await pruneSessions(ctx.db, now);
    const { sessionId, session } = await createSession(
      ctx.db,
      caseworker,
      now,
      ctx.config.caseworkerSessions,
    );
    await audit(ctx.db, {
      at: now,
      actorRole: 'caseworker',
      actorId,
      action: 'caseworker.login',
      outcome: 'ok',
    });
    request.log.info({ outcome: 'ok' }, 'caseworker login');
    setSessionCookie(reply, sessionId);
    return reply.send(answerOf(session));
  });

  app.get(
    caseworkerSessionPath,
    // Asking when the session ends is no activity: a UI that checks would otherwise keep it alive for ever.
    { config: { access: ['caseworker'], slidesSession: false } },
    async (request, reply) => reply.header('Cache-Control', 'no-store').send(answerOf(sessionOf(request))),
  );

  app.post(caseworkerKeepAlivePath, { config: { access: ['caseworker'] } }, async (request, reply) => {
    const session = sessionOf(request);
    await audit(ctx.db, {
      at: ctx.clock.now(),
      actorRole: 'caseworker',
      actorId: session.caseworkerId,
      action: 'caseworker.keep-alive',
      outcome: 'ok',
    });
    return reply.header('Cache-Control', 'no-store').send(answerOf(session));
  });

  app.post(
    caseworkerLogoutPath,
    { config: { access: ['caseworker'] } },
    async (request, reply: FastifyReply) => {
      const session = sessionOf(request);
      await endSession(ctx.db, session.idSha256);
      await audit(ctx.db, {
        at: ctx.clock.now(),
        actorRole: 'caseworker',
        actorId: session.caseworkerId,
        action: 'caseworker.logout',
        outcome: 'ok',
      });
      clearSessionCookie(reply);
      return reply.code(204).header('Cache-Control', 'no-store').send();
    },
  );
}
