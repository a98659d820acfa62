import type { FastifyReply, FastifyRequest } from 'fastify';
import { caseworkerProblemCodes as codes } from '../../api/contracts/caseworker-auth';
import { caseTakenProblem } from '../../api/contracts/caseworker-queue';
import { submissionReferenceSchema } from '../../api/contracts/submission';
import type { ServerContext } from '../app/server-context';
import { audit, type AuditEntry } from '../audit/audit-log';
import { sendProblem } from '../http/problem';
import { assignCase } from './case-queue-repository';
import { findCase, findDecision, type CaseRow } from './case-review-repository';

export type CaseActor = Pick<AuditEntry, 'at' | 'actorRole' | 'actorId' | 'action'> & { objectRef: string };

export type OpenedCase = { found: CaseRow; caseworkerId: string; at: Date; actor: CaseActor };

/**
 * Who may touch a case (issue 13, deliverable 3): the caseworker it is assigned to; opening an unassigned case
 * assigns it to the opener. Others get 409 naming who has it — except that while a decision awaits its second
 * approval, any other caseworker may read the case (four eyes need a second pair to look), and the one who gave the
 * second approval may read it afterwards. Every outcome is
 * audited under `action`; undefined means the answer was sent.
 */
export async function openCase(
  ctx: ServerContext,
  request: FastifyRequest<{ Params: { reference: string } }>,
  reply: FastifyReply,
  action: string,
  mode: 'read' | 'write',
  detail?: string,
): Promise<OpenedCase | undefined> {
  const session = request.caseworkerSession;
  if (!session) throw new Error('caseworker route reached without a session');
  const at = ctx.clock.now();
  const base = { at, actorRole: 'caseworker', actorId: session.caseworkerId, action } as const;
  const reference = request.params.reference.trim().toUpperCase();
  let found = submissionReferenceSchema.safeParse(reference).success
    ? await findCase(ctx.db, reference)
    : undefined;
  if (!found) {
    await audit(ctx.db, { ...base, outcome: 'not-found' });
    await sendProblem(reply, 404, codes.caseNotFound, 'No submission has this reference');
    return undefined;
  }
  const actor = { ...base, objectRef: found.reference };
  if (found.assignedTo === null) {
    await assignCase(ctx.db, found.reference, session.caseworkerId, at);
    found = (await findCase(ctx.db, found.reference)) ?? found;
  }
  const holder = found.assignedTo;
  if (holder !== null && holder.id !== session.caseworkerId) {
    const decision = mode === 'read' ? await findDecision(ctx.db, found.reference) : undefined;
    // Four eyes: while a decision awaits its second approval anyone may look; afterwards the co-signer still may.
    const mayRead = decision?.state === 'awaitingSecond' || decision?.secondBy?.id === session.caseworkerId;
    if (!mayRead) {
      await audit(ctx.db, { ...actor, ...(detail ? { detail } : {}), outcome: 'refused' });
      const body = caseTakenProblem(holder.displayName);
      await reply.code(409).type('application/problem+json').header('Cache-Control', 'no-store').send(body);
      return undefined;
    }
  }
  return { found, caseworkerId: session.caseworkerId, at, actor };
}
