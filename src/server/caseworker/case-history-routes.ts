import type { FastifyInstance } from 'fastify';
import {
  caseHistoryRoute,
  caseworkerProblemCodes as codes,
  type CaseHistory,
} from '../../api/contracts/caseworker-auth';
import { submissionReferenceSchema } from '../../api/contracts/submission';
import type { ServerContext } from '../app/server-context';
import { audit, auditTrailOf } from '../audit/audit-log';
import { sendProblem } from '../http/problem';
import { findSubmission } from '../submissions/submission-repository';

/**
 * A case's history for caseworkers: every audit entry naming the reference (who, when, what, outcome), opening
 * it included — it is audited before it is read, so the answer shows the caseworker's own look too.
 */
export function caseHistoryRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Params: { reference: string } }>(
    caseHistoryRoute,
    { config: { access: ['caseworker'] } },
    async (request, reply) => {
      const session = request.caseworkerSession;
      if (!session) throw new Error('caseworker route reached without a session');
      const reference = request.params.reference.trim().toUpperCase();
      const found = submissionReferenceSchema.safeParse(reference).success
        ? await findSubmission(ctx.db, reference)
        : undefined;
      const at = ctx.clock.now();
      const actor = {
        at,
        actorRole: 'caseworker',
        actorId: session.caseworkerId,
        action: 'case.history',
      } as const;
      if (!found) {
        await audit(ctx.db, { ...actor, outcome: 'not-found' });
        return sendProblem(reply, 404, codes.caseNotFound, 'No submission has this reference');
      }
      await audit(ctx.db, { ...actor, objectRef: found.reference, outcome: 'ok' });
      const history: CaseHistory = {
        reference: found.reference,
        entries: await auditTrailOf(ctx.db, found.reference),
      };
      return reply.header('Cache-Control', 'no-store').send(history);
    },
  );
}
