import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  providerActivationPath,
  providerActivationRequestSchema,
  providerKeepAlivePath,
  providerLoginPath,
  providerLoginRequestSchema,
  providerLogoutPath,
  providerProblemCodes as codes,
  providerSessionPath,
  type ProviderSession,
} from '../../api/contracts/provider-check';
import { clientSubject } from '../app/client-subject';
import type { ServerContext } from '../app/server-context';
import { audit } from '../audit/audit-log';
import { decoyPasswordRecord, hashPassword, verifyPassword } from '../caseworker/password';
import { parseBody, sendProblem } from '../http/problem';
import { hit, isLockedOut, type RateLimitRule } from '../rate-limit/rate-limiter';
import { keyedHash, sameSecret } from '../secrets/keyed-hash';
import { initialPasswordHmac, pruefnummerHmac } from './letter-credentials';
import { passwordWeakness } from './password-strength';
import {
  findProviderAccount,
  isDormant,
  recordProviderLogin,
  setProviderPassword,
} from './provider-accounts';
import { readProviderCheckSettings } from './provider-check-settings';
import { findLetter, isUsable, newestLetter, useLetter } from './provider-letters';
import { clearProviderSessionCookie, setProviderSessionCookie } from './provider-session-cookie';
import {
  createProviderSession,
  endProviderSession,
  endProviderSessionsOf,
  pruneProviderSessions,
  type ActiveProviderSession,
} from './provider-sessions';

const fifteenMinutes = 15 * 60 * 1000;

/**
 * Login, activation, session, keep-alive and logout of providers (issue 15, ADR 0026). A login takes the personal
 * password or the initial password of the IK's newest letter; every refusal is one 401 whatever was wrong (an
 * unknown IK costs the same scrypt as a known one), and failures count towards lockouts per IK and per client.
 * The initial password opens the activation stage only: there the letter's Prüfnummer and a strong personal
 * password end it. Audited with the IK (an institution's number) — never a password, a Prüfnummer or a key.
 */
export function providerSessionRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const rules = {
    account: {
      bucket: 'provider-login-account',
      limit: ctx.config.rateLimits.loginFailuresPerAccount,
      windowMs: fifteenMinutes,
    },
    client: {
      bucket: 'provider-login-client',
      limit: ctx.config.rateLimits.loginFailuresPerClient,
      windowMs: fifteenMinutes,
    },
    // Wrong Prüfnummern inside activation sessions, per IK: a session's holder cannot try them without end.
    pruefnummer: {
      bucket: 'provider-pruefnummer',
      limit: ctx.config.rateLimits.loginFailuresPerAccount,
      windowMs: fifteenMinutes,
    },
  } satisfies Record<string, RateLimitRule>;
  const times = ctx.config.providerSessions;

  const answerOf = (session: ActiveProviderSession): ProviderSession => ({
    provider: { ik: session.ik, name: session.name },
    stage: session.stage,
    idleTimeoutSeconds: Math.round(times.idleMs / 1000),
    idleExpiresAt: session.idleExpiresAt.toISOString(),
    absoluteExpiresAt: session.absoluteExpiresAt.toISOString(),
    csrfToken: session.csrfToken,
  });

  const sessionOf = (request: FastifyRequest): ActiveProviderSession => {
    // The access check set it; these routes admit no API key, so a session is always there.
    if (!request.providerSession) throw new Error('provider session route reached without a session');
    return request.providerSession;
  };

  const locked = (reply: FastifyReply, retryAfterSeconds: number) =>
    sendProblem(
      reply.header('Retry-After', String(retryAfterSeconds)),
      429,
      codes.loginLocked,
      'Too many failed attempts: login is paused for this IK or this device; try again later',
    );

  app.post(providerLoginPath, { config: { access: 'public' } }, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const body = parseBody(reply, providerLoginRequestSchema, request.body, 'Invalid login');
    if (!body) return reply;
    const now = ctx.clock.now();
    const ik = body.ik.trim();
    // Keyed by the typed IK, known or not: an unknown IK locks out like a known one.
    const accountSubject = keyedHash(ctx.secret, 'provider-login', ik).toString('hex').slice(0, 32);
    const client = clientSubject(ctx.secret, request);
    const account = await findProviderAccount(ctx.db, ik);
    const actorId = account?.ik;

    const lockout = [
      await isLockedOut(ctx.db, rules.client, client, now),
      await isLockedOut(ctx.db, rules.account, accountSubject, now),
    ].find((verdict) => !verdict.allowed);
    if (lockout && !lockout.allowed) {
      await audit(ctx.db, {
        at: now,
        actorRole: 'provider',
        actorId,
        action: 'provider.login.locked',
        outcome: 'refused',
      });
      return locked(reply, lockout.retryAfterSeconds);
    }

    // Always one scrypt, for unknown IKs and accounts without a personal password too: the time tells nothing.
    const personalOk = await verifyPassword(
      account?.password ?? (await decoyPasswordRecord()),
      body.password,
    );
    const letter = account ? await newestLetter(ctx.db, account.ik) : undefined;
    const letterOk =
      letter !== undefined &&
      isUsable(letter, letter, now) &&
      sameSecret(initialPasswordHmac(ctx.secret, ik, body.password), letter.initialPasswordHmac);

    if (account?.password && personalOk) {
      const settings = await readProviderCheckSettings(ctx.db);
      if (isDormant(account, now, settings.dormantAfterDays)) {
        await audit(ctx.db, {
          at: now,
          actorRole: 'provider',
          actorId,
          action: 'provider.login',
          detail: 'dormant',
          outcome: 'refused',
        });
        request.log.info({ outcome: 'dormant' }, 'provider login');
        return sendProblem(
          reply,
          403,
          codes.dormant,
          'This account was not used for a long time; ask for a new letter to set a new password',
        );
      }
    }
    const stage = account?.password && personalOk ? 'active' : letterOk ? 'activation' : undefined;
    if (!account || !stage) {
      await hit(ctx.db, rules.client, client, now);
      await hit(ctx.db, rules.account, accountSubject, now);
      await audit(ctx.db, {
        at: now,
        actorRole: 'provider',
        actorId,
        action: 'provider.login',
        outcome: 'refused',
      });
      request.log.info({ outcome: 'refused' }, 'provider login');
      return sendProblem(reply, 401, codes.loginFailed, 'IK or password is not right');
    }
    await pruneProviderSessions(ctx.db, now);
    // Only a login with the personal password counts against dormancy; the letter's initial password revives
    // nothing until the Prüfnummer was used.
    if (stage === 'active') await recordProviderLogin(ctx.db, account.ik, now);
    const { sessionId, session } = await createProviderSession(
      ctx.db,
      {
        ik: account.ik,
        name: account.name,
        stage,
        ...(stage === 'activation' ? { letterId: letter?.id } : {}),
      },
      now,
      times,
    );
    await audit(ctx.db, {
      at: now,
      actorRole: 'provider',
      actorId,
      action: 'provider.login',
      detail: stage,
      outcome: 'ok',
    });
    request.log.info({ outcome: 'ok', stage }, 'provider login');
    setProviderSessionCookie(reply, sessionId);
    return reply.send(answerOf(session));
  });

  app.post(
    providerActivationPath,
    { config: { access: ['provider'], providerActivation: true } },
    async (request, reply) => {
      reply.header('Cache-Control', 'no-store');
      const session = sessionOf(request);
      const body = parseBody(reply, providerActivationRequestSchema, request.body, 'Invalid activation');
      if (!body) return reply;
      const now = ctx.clock.now();
      const subject = keyedHash(ctx.secret, 'provider-pruefnummer', session.ik).toString('hex').slice(0, 32);
      const lockout = await isLockedOut(ctx.db, rules.pruefnummer, subject, now);
      if (!lockout.allowed) return locked(reply, lockout.retryAfterSeconds);
      const entry = {
        at: now,
        actorRole: 'provider',
        actorId: session.ik,
        action: 'provider.activation',
      } as const;

      // An active session has no letter: its Prüfnummer was used (or it never had one).
      const letter = session.letterId ? await findLetter(ctx.db, session.letterId) : undefined;
      const newest = letter ? await newestLetter(ctx.db, session.ik) : undefined;
      const pruefnummerOk =
        letter !== undefined &&
        isUsable(letter, newest, now) &&
        sameSecret(pruefnummerHmac(ctx.secret, session.ik, body.pruefnummer), letter.pruefnummerHmac);
      const refusePruefnummer = async () => {
        await audit(ctx.db, { ...entry, detail: 'pruefnummer', outcome: 'refused' });
        return sendProblem(
          reply,
          422,
          codes.pruefnummerInvalid,
          'The Prüfnummer is not right, has expired or was used before',
        );
      };
      if (!letter || !pruefnummerOk) {
        await hit(ctx.db, rules.pruefnummer, subject, now);
        return refusePruefnummer();
      }

      const weakness = passwordWeakness(body.newPassword, session);
      if (weakness) {
        await audit(ctx.db, { ...entry, detail: `passwordWeak.${weakness.reason}`, outcome: 'refused' });
        return reply
          .code(422)
          .type('application/problem+json')
          .send({
            title: weakness.en,
            status: 422,
            code: codes.passwordWeak,
            detail: `${weakness.de} / ${weakness.en}`,
            errors: [{ path: 'newPassword', message: weakness.reason }],
          });
      }

      const password = await hashPassword(body.newPassword);
      // Letter used, password set, every session of the IK ended (an old password may be known to someone) and a
      // new session id for the raised privilege — at once, or not at all.
      const activated = await ctx.db.transaction(async (tx) => {
        if (!(await useLetter(tx, letter.id, now))) return undefined;
        await setProviderPassword(tx, session.ik, password, now);
        await endProviderSessionsOf(tx, session.ik);
        return createProviderSession(tx, { ik: session.ik, name: session.name, stage: 'active' }, now, times);
      });
      if (!activated) return refusePruefnummer();
      await audit(ctx.db, { ...entry, outcome: 'ok' });
      request.log.info({ outcome: 'ok' }, 'provider activation');
      setProviderSessionCookie(reply, activated.sessionId);
      return reply.send(answerOf(activated.session));
    },
  );

  app.get(
    providerSessionPath,
    // Asking when the session ends is no activity: a UI that checks would otherwise keep it alive for ever.
    { config: { access: ['provider'], providerActivation: true, slidesSession: false } },
    async (request, reply) => reply.header('Cache-Control', 'no-store').send(answerOf(sessionOf(request))),
  );

  app.post(
    providerKeepAlivePath,
    { config: { access: ['provider'], providerActivation: true } },
    async (request, reply) => reply.header('Cache-Control', 'no-store').send(answerOf(sessionOf(request))),
  );

  app.post(
    providerLogoutPath,
    { config: { access: ['provider'], providerActivation: true } },
    async (request, reply) => {
      const session = sessionOf(request);
      await endProviderSession(ctx.db, session.idSha256);
      await audit(ctx.db, {
        at: ctx.clock.now(),
        actorRole: 'provider',
        actorId: session.ik,
        action: 'provider.logout',
        outcome: 'ok',
      });
      clearProviderSessionCookie(reply);
      return reply.code(204).header('Cache-Control', 'no-store').send();
    },
  );
}
