import type { FastifyInstance } from 'fastify';
import { memberLogoutPath, memberSessionPath } from '../../api/contracts/invitations';
import type { ServerContext } from '../app/server-context';
import { audit } from '../audit/audit-log';
import { memberSessionAnswer } from './member-session-answer';
import { clearMemberSessionCookie } from './member-session-cookie';
import { endMemberSession } from './member-sessions';

/**
 * The member's session (issue 14): GET answers what open answered (for a reload; it does not move the idle end),
 * logout ends it. Members only: the access check finds the session by its cookie and checks the CSRF token.
 */
export function memberSessionRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(
    memberSessionPath,
    { config: { access: ['member'], slidesSession: false } },
    async (request, reply) => {
      const session = request.memberSession;
      if (!session) throw new Error('member route reached without a session');
      const body = await memberSessionAnswer(ctx.db, session);
      if (!body) throw new Error('a member session without its invitation');
      await audit(ctx.db, {
        at: ctx.clock.now(),
        actorRole: 'member',
        actorId: session.invitationId,
        action: 'member.session',
        objectRef: session.invitationId,
        outcome: 'ok',
      });
      return reply.header('Cache-Control', 'no-store').send(body);
    },
  );

  app.post(memberLogoutPath, { config: { access: ['member'] } }, async (request, reply) => {
    const session = request.memberSession;
    if (!session) throw new Error('member route reached without a session');
    await endMemberSession(ctx.db, session.idSha256);
    await audit(ctx.db, {
      at: ctx.clock.now(),
      actorRole: 'member',
      actorId: session.invitationId,
      action: 'member.logout',
      objectRef: session.invitationId,
      outcome: 'ok',
    });
    clearMemberSessionCookie(reply);
    return reply.code(204).header('Cache-Control', 'no-store').send();
  });
}
