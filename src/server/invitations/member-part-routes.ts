import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  applicationInvitationPartRoute,
  changeRequestRoute,
  invitationProblemCodes as codes,
  maxMemberPartBytes,
  memberPartContentType,
  memberPartPath,
  type HandedInPart,
  type MemberPartState,
} from '../../api/contracts/invitations';
import type { MemberPartSummary } from '../../domain/member-part/member-part-summary';
import type { ServerContext } from '../app/server-context';
import { audit, type AuditEntry } from '../audit/audit-log';
import { sendProblem } from '../http/problem';
import { applicantApplication } from './applicant-access';
import { notThisInvitationErrors, refusedBagErrors } from '../../api/contracts/member-part-errors';
import {
  handInContext,
  handInPart,
  memberPartState,
  partSummary,
  requestChange,
  withdrawPart,
} from './member-part-repository';
import { createMemberPartVerifier, type MemberPartVerifier } from './member-part-verifier';
import type { ActiveMemberSession } from './member-sessions';

const uuid = z.uuid();

const sessionOf = (request: FastifyRequest): ActiveMemberSession => {
  const session = request.memberSession;
  if (!session) throw new Error('member route reached without a session');
  return session;
};

const applicationSent = (reply: FastifyReply) =>
  sendProblem(reply, 409, codes.applicationSent, 'The application was sent; its members’ parts are final');

/**
 * The member's part (issue 14, migration 10): the member hands in their own bag, withdraws it or reads its state
 * (member session, CSRF on changes); the applicant reads its summary and asks for changes (application secret).
 * Audited with ids only — the invitation's, the application's — never a name, a birth date or an amount, and the
 * bag's content never leaves the verification worker except as the summary stored for the applicant.
 */
export function memberPartRoutes(
  app: FastifyInstance,
  ctx: ServerContext,
  verifier: MemberPartVerifier = createMemberPartVerifier(),
): void {
  app.addHook('onClose', async () => {
    await verifier.close();
  });

  const memberEntry = (session: ActiveMemberSession, action: string): AuditEntry => ({
    at: ctx.clock.now(),
    actorRole: 'member',
    actorId: session.invitationId,
    action,
    objectRef: session.invitationId,
    outcome: 'ok',
  });

  app.put(
    memberPartPath,
    { config: { access: ['member'] }, bodyLimit: maxMemberPartBytes },
    async (request, reply) => {
      const session = sessionOf(request);
      const entry = memberEntry(session, 'member.part.handIn');
      const refuse = async (detail: string) => audit(ctx.db, { ...entry, outcome: 'refused', detail });
      const body = request.body;
      if (!(body instanceof Uint8Array)) {
        await refuse('not-zip');
        return request.headers['content-type'] === undefined
          ? sendProblem(reply, 400, codes.partEmpty, 'The part is empty')
          : sendProblem(
              reply,
              415,
              'request.unsupportedMediaType',
              `The part must be sent as ${memberPartContentType}`,
            );
      }
      if (body.byteLength === 0) {
        await refuse('empty');
        return sendProblem(reply, 400, codes.partEmpty, 'The part is empty');
      }
      const context = await handInContext(ctx.db, session.invitationId);
      if (!context) throw new Error('a member session without its invitation');
      if (context.sent) {
        await refuse('sent');
        return applicationSent(reply);
      }
      const verdict = await verifier.verify(body);
      if (!verdict.ok) {
        await refuse('invalid');
        return sendProblem(
          reply,
          422,
          codes.partInvalid,
          'The part does not pass verification',
          refusedBagErrors(verdict.problems),
        );
      }
      const mismatches = notThisInvitationErrors(verdict, {
        invitationId: session.invitationId,
        memberId: context.memberId,
        year: context.year,
      });
      if (mismatches.length > 0) {
        await refuse('not-this-invitation');
        return sendProblem(
          reply,
          422,
          codes.partNotThisInvitation,
          'The part was made for another invitation',
          mismatches,
        );
      }
      const outcome = await handInPart(
        ctx.db,
        session.invitationId,
        { sha256: verdict.sha256, bytes: body, summary: verdict.summary },
        ctx.clock.now(),
      );
      if (outcome !== 'handedIn') {
        // Sent, or the invitation ended between the access check and the hand-in.
        await refuse(outcome);
        if (outcome === 'sent') return applicationSent(reply);
        if (outcome === 'locked')
          return sendProblem(reply, 423, codes.locked, 'The invitation is locked; please ask for a new one');
        return outcome === 'expired'
          ? sendProblem(reply, 410, codes.expired, 'The invitation has expired')
          : sendProblem(reply, 410, codes.withdrawn, 'The invitation was withdrawn');
      }
      await audit(ctx.db, entry);
      const answer: HandedInPart = { sha256: verdict.sha256, state: 'handedIn' };
      return reply.header('Cache-Control', 'no-store').send(answer);
    },
  );

  app.delete(memberPartPath, { config: { access: ['member'] } }, async (request, reply) => {
    const session = sessionOf(request);
    const entry = memberEntry(session, 'member.part.withdraw');
    const outcome = await withdrawPart(ctx.db, session.invitationId, ctx.clock.now());
    if (outcome === 'sent') {
      await audit(ctx.db, { ...entry, outcome: 'refused' });
      return applicationSent(reply);
    }
    await audit(ctx.db, entry);
    return reply.code(204).header('Cache-Control', 'no-store').send();
  });

  app.get(memberPartPath, { config: { access: ['member'] } }, async (request, reply) => {
    const session = sessionOf(request);
    const body: MemberPartState = await memberPartState(ctx.db, session.invitationId);
    await audit(ctx.db, memberEntry(session, 'member.part.state'));
    return reply.header('Cache-Control', 'no-store').send(body);
  });

  const applicantConfig = { access: 'public', applicant: true } as const;
  type PartParams = { Params: { applicationId: string; invitationId: string } };

  /**
   * The applicant's access to one invitation's part (application secret), with the audit entry both routes write:
   * the application and the invitation by id. Undefined when the access check has answered already.
   */
  const applicantPart = async (request: FastifyRequest<PartParams>, reply: FastifyReply, action: string) => {
    const application = await applicantApplication(ctx, request, reply, action);
    if (!application) return undefined;
    const invitationId = request.params.invitationId;
    const entry: AuditEntry = {
      at: ctx.clock.now(),
      actorRole: 'none',
      action,
      objectRef: application.id,
      detail: invitationId,
      outcome: 'ok',
    };
    return { applicationId: application.id, invitationId, entry };
  };

  app.get<PartParams>(applicationInvitationPartRoute, { config: applicantConfig }, async (request, reply) => {
    const part = await applicantPart(request, reply, 'invitation.part');
    if (!part) return reply;
    const { applicationId, invitationId, entry } = part;
    const found = uuid.safeParse(invitationId).success
      ? await partSummary(ctx.db, applicationId, invitationId)
      : 'notFound';
    if (found === 'notFound') {
      await audit(ctx.db, { ...entry, detail: undefined, outcome: 'not-found' });
      return sendProblem(reply, 404, codes.notFound, 'This application has no such invitation');
    }
    if (found === 'notHandedIn') {
      await audit(ctx.db, { ...entry, outcome: 'not-found' });
      return sendProblem(reply, 404, codes.partNotFound, 'The member has not handed in their part');
    }
    await audit(ctx.db, entry);
    const body: MemberPartSummary = found;
    return reply.header('Cache-Control', 'no-store').send(body);
  });

  app.post<PartParams>(changeRequestRoute, { config: applicantConfig }, async (request, reply) => {
    const part = await applicantPart(request, reply, 'invitation.part.changeRequest');
    if (!part) return reply;
    const { applicationId, invitationId, entry } = part;
    const outcome = uuid.safeParse(invitationId).success
      ? await requestChange(ctx.db, applicationId, invitationId, ctx.clock.now())
      : 'notFound';
    switch (outcome) {
      case 'notFound':
        await audit(ctx.db, { ...entry, detail: undefined, outcome: 'not-found' });
        return sendProblem(reply, 404, codes.notFound, 'This application has no such invitation');
      case 'notHandedIn':
        await audit(ctx.db, { ...entry, outcome: 'refused' });
        return sendProblem(reply, 404, codes.partNotFound, 'The member has not handed in their part');
      case 'sent':
        await audit(ctx.db, { ...entry, outcome: 'refused' });
        return applicationSent(reply);
      default:
        await audit(ctx.db, entry);
        return reply.code(204).header('Cache-Control', 'no-store').send();
    }
  });
}
