import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  invitationOpenPath,
  invitationProblemCodes as codes,
  openInvitationRequestSchema,
  secret256Schema,
} from '../../api/contracts/invitations';
import { normalizeShortCode } from '../../domain/invitations/invitation-short-code';
import { invitationStateAt, type InvitationState } from '../../domain/invitations/invitation-state';
import { clientSubject } from '../app/client-subject';
import type { ServerContext } from '../app/server-context';
import { audit, type AuditEntry } from '../audit/audit-log';
import { parseBody, sendProblem } from '../http/problem';
import { hit, isLockedOut } from '../rate-limit/rate-limiter';
import { sameSecret } from '../secrets/keyed-hash';
import { rateLimited } from '../submissions/abrufcode-lookup';
import { codeHmac, tokenHmac } from './invitation-credentials';
import {
  countWrongAttempt,
  findInvitation,
  findInvitationByToken,
  markOpened,
} from './invitation-repository';
import { memberSessionAnswer, memberTimes } from './member-session-answer';
import { setMemberSessionCookie } from './member-session-cookie';
import { createMemberSession } from './member-sessions';

/** Failed opens (unknown token, wrong code or birth date) per client address in 15 minutes before a 429. */
export const openFailuresPer15Minutes = 20;

/** The answer for an invitation that cannot be opened any more, or undefined when it can. */
function refusalOf(reply: FastifyReply, state: InvitationState): FastifyReply | undefined {
  switch (state) {
    case 'withdrawn':
      return sendProblem(reply, 410, codes.withdrawn, 'The invitation was withdrawn');
    case 'locked':
      return sendProblem(reply, 423, codes.locked, 'The invitation is locked; please ask for a new one');
    case 'expired':
      return sendProblem(reply, 410, codes.expired, 'The invitation has expired');
    default:
      return undefined;
  }
}

/**
 * POST /api/v1/invitations/open (issue 14): the member's link token, the short code told separately and their
 * own date of birth open a member session. Guessing is throttled twice, both in the database: per invitation (the
 * sixth wrong code or birth date locks it for good, 423) and per client address (20 failures in 15 minutes, 429
 * with Retry-After). A wrong code never says how many attempts remain. Audited with the invitation's id only.
 */
export function invitationOpenRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const failures = {
    bucket: 'invitation-open-failures',
    limit: openFailuresPer15Minutes,
    windowMs: 15 * 60_000,
  };

  app.post(invitationOpenPath, { config: { access: 'public' } }, async (request, reply) => {
    const now = ctx.clock.now();
    const subject = clientSubject(ctx.secret, request);
    const base = { at: now, actorRole: 'none', action: 'invitation.open' } as const;
    const locked = await isLockedOut(ctx.db, failures, subject, now);
    if (!locked.allowed) {
      await audit(ctx.db, { ...base, outcome: 'refused' });
      return rateLimited(reply, locked.retryAfterSeconds, 'Too many failed attempts from this client');
    }
    const parsed = parseBody(reply, openInvitationRequestSchema, request.body, 'Invalid request');
    if (parsed === undefined) return reply;
    const invitation = secret256Schema.safeParse(parsed.token).success
      ? await findInvitationByToken(ctx.db, tokenHmac(ctx.secret, parsed.token))
      : undefined;
    if (!invitation) {
      await hit(ctx.db, failures, subject, now);
      await audit(ctx.db, { ...base, outcome: 'not-found' });
      return sendProblem(reply, 404, codes.notFound, 'No invitation has this link');
    }
    const actor: AuditEntry = { ...base, objectRef: invitation.id, outcome: 'refused' };
    const refused = refusalOf(reply, invitationStateAt(invitation, now));
    if (refused) {
      await audit(ctx.db, actor);
      return refused;
    }
    const code = normalizeShortCode(parsed.shortCode);
    const right =
      code !== undefined &&
      sameSecret(codeHmac(ctx.secret, invitation.id, code), invitation.codeHmac) &&
      sameSecret(parsed.birthDate, invitation.birthDate);
    if (!right) {
      await hit(ctx.db, failures, subject, now);
      const lockedNow = await countWrongAttempt(ctx.db, invitation.id, now);
      await audit(ctx.db, { ...actor, detail: lockedNow ? 'locked' : 'wrong-code' });
      return lockedNow
        ? refusalOf(reply, 'locked')
        : sendProblem(reply, 401, codes.wrongCode, 'The code or the date of birth is not right');
    }
    if (!(await markOpened(ctx.db, invitation.id, now))) {
      // Withdrawn, locked or expired between reading and opening: answer what it is now.
      const current = await findInvitation(ctx.db, invitation.id);
      await audit(ctx.db, actor);
      return (
        refusalOf(reply, current ? invitationStateAt(current, now) : 'withdrawn') ??
        sendProblem(reply, 410, codes.withdrawn, 'The invitation was withdrawn')
      );
    }
    const { sessionId, session } = await createMemberSession(ctx.db, invitation.id, now, memberTimes);
    const body = await memberSessionAnswer(ctx.db, session, invitation);
    if (!body) throw new Error('an invitation without its application');
    await audit(ctx.db, {
      ...base,
      actorRole: 'member',
      actorId: invitation.id,
      objectRef: invitation.id,
      outcome: 'ok',
    });
    setMemberSessionCookie(reply, sessionId);
    return reply.header('Cache-Control', 'no-store').send(body);
  });
}
