import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  applicationInvitationRoute,
  applicationInvitationsRoute,
  defaultInvitationDays,
  invitationLinkPrefix,
  invitationProblemCodes as codes,
  invitationRequestSchema,
  maxInvitationsPerApplication,
  type CreatedInvitation,
  type InvitationList,
} from '../../api/contracts/invitations';
import { isAdultOnFirstJanuary } from '../../domain/invitations/invitation-state';
import type { ServerContext } from '../app/server-context';
import { audit } from '../audit/audit-log';
import { parseBody, sendProblem } from '../http/problem';
import { applicantApplication } from './applicant-access';
import { codeHmac, newSecret256, newShortCode, tokenHmac } from './invitation-credentials';
import { createInvitation, listInvitations, withdrawInvitation } from './invitation-repository';
import { endMemberSessionsOf } from './member-sessions';

const dayMs = 24 * 60 * 60 * 1000;
const uuid = z.uuid();

/**
 * The applicant's invitations (issue 14): invite an adult member, list the invitations with their states, withdraw
 * one. Every endpoint takes the application secret (applicant-access.ts) and is audited under the application's
 * id with the invitation's id as detail — never a name or a birth date.
 */
export function invitationRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const config = { access: 'public', applicant: true } as const;

  app.post<{ Params: { applicationId: string } }>(
    applicationInvitationsRoute,
    { config },
    async (request, reply) => {
      const action = 'invitation.create';
      const application = await applicantApplication(ctx, request, reply, action);
      if (!application) return reply;
      const parsed = parseBody(reply, invitationRequestSchema, request.body, 'Invalid invitation');
      if (parsed === undefined) return reply;
      const now = ctx.clock.now();
      const actor = { at: now, actorRole: 'none', action, objectRef: application.id } as const;
      if (!isAdultOnFirstJanuary(parsed.birthDate, application.year)) {
        await audit(ctx.db, { ...actor, outcome: 'refused' });
        return sendProblem(
          reply,
          422,
          codes.memberNotAdult,
          `Only members who are 18 on 1 January ${application.year} can be invited`,
        );
      }
      const id = randomUUID();
      const token = newSecret256();
      const shortCode = newShortCode();
      const expiresAt = new Date(now.getTime() + (parsed.expiresInDays ?? defaultInvitationDays) * dayMs);
      const { expiresInDays: _days, ...member } = parsed;
      const outcome = await createInvitation(
        ctx.db,
        application.id,
        {
          ...member,
          id,
          tokenHmac: tokenHmac(ctx.secret, token),
          codeHmac: codeHmac(ctx.secret, id, shortCode),
          expiresAt,
        },
        now,
      );
      if (outcome === 'tooMany') {
        await audit(ctx.db, { ...actor, outcome: 'refused' });
        return sendProblem(
          reply,
          409,
          codes.tooMany,
          `An application can make at most ${maxInvitationsPerApplication} invitations`,
        );
      }
      await audit(ctx.db, { ...actor, detail: id, outcome: 'ok' });
      const body: CreatedInvitation = {
        invitationId: id,
        link: `${invitationLinkPrefix}${token}`,
        shortCode,
        expiresAt: expiresAt.toISOString(),
        state: 'open',
      };
      return reply.code(201).header('Cache-Control', 'no-store').send(body);
    },
  );

  app.get<{ Params: { applicationId: string } }>(
    applicationInvitationsRoute,
    { config },
    async (request, reply) => {
      const action = 'invitation.list';
      const application = await applicantApplication(ctx, request, reply, action);
      if (!application) return reply;
      const now = ctx.clock.now();
      const body: InvitationList = { invitations: await listInvitations(ctx.db, application.id, now) };
      await audit(ctx.db, { at: now, actorRole: 'none', action, objectRef: application.id, outcome: 'ok' });
      return reply.header('Cache-Control', 'no-store').send(body);
    },
  );

  app.delete<{ Params: { applicationId: string; invitationId: string } }>(
    applicationInvitationRoute,
    { config },
    async (request, reply) => {
      const action = 'invitation.withdraw';
      const application = await applicantApplication(ctx, request, reply, action);
      if (!application) return reply;
      const now = ctx.clock.now();
      const actor = { at: now, actorRole: 'none', action, objectRef: application.id } as const;
      const invitationId = request.params.invitationId;
      const outcome = uuid.safeParse(invitationId).success
        ? await withdrawInvitation(ctx.db, application.id, invitationId, now)
        : 'notFound';
      if (outcome === 'notFound') {
        await audit(ctx.db, { ...actor, outcome: 'not-found' });
        return sendProblem(reply, 404, codes.notFound, 'This application has no such invitation');
      }
      if (outcome === 'handedIn') {
        await audit(ctx.db, { ...actor, detail: invitationId, outcome: 'refused' });
        return sendProblem(reply, 409, codes.handedIn, 'The member has handed in their part');
      }
      await endMemberSessionsOf(ctx.db, invitationId);
      await audit(ctx.db, { ...actor, detail: invitationId, outcome: 'ok' });
      return reply.code(204).header('Cache-Control', 'no-store').send();
    },
  );
}
