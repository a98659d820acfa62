import type { FastifyInstance, FastifyRequest } from 'fastify';
import { commonProblemCodes } from '../../api/contracts/api-problem';
import { caseworkerProblemCodes as codes } from '../../api/contracts/caseworker-auth';
import {
  caseAssignRoute,
  caseQueuePath,
  caseQueueQuerySchema,
  caseTakenProblem,
} from '../../api/contracts/caseworker-queue';
import { submissionReferenceSchema } from '../../api/contracts/submission';
import type { ServerContext } from '../app/server-context';
import { audit } from '../audit/audit-log';
import { sendProblem, zodErrors } from '../http/problem';
import { assignCase, queuePage } from './case-queue-repository';

const sessionOf = (request: FastifyRequest) => {
  const session = request.caseworkerSession;
  if (!session) throw new Error('caseworker route reached without a session');
  return session;
};

/**
 * The caseworker's queue (issue 13, deliverable 3): GET the page of submissions a query asks for, and POST assign
 * (what opening a case calls). The queue is audited once per request without its query (a search term is a
 * reference, which would make a list look like an opening); an assignment names its case.
 */
export function caseQueueRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(caseQueuePath, { config: { access: ['caseworker'] } }, async (request, reply) => {
    const session = sessionOf(request);
    const actor = {
      at: ctx.clock.now(),
      actorRole: 'caseworker',
      actorId: session.caseworkerId,
      action: 'case.queue',
    } as const;
    const parsed = caseQueueQuerySchema.safeParse(request.query);
    if (!parsed.success) {
      await audit(ctx.db, { ...actor, outcome: 'refused' });
      return sendProblem(
        reply,
        400,
        commonProblemCodes.requestInvalid,
        'The queue query is not valid',
        zodErrors(parsed.error),
      );
    }
    const page = await queuePage(ctx.db, parsed.data, session.caseworkerId);
    await audit(ctx.db, { ...actor, outcome: 'ok' });
    return reply.header('Cache-Control', 'no-store').send(page);
  });

  app.post<{ Params: { reference: string } }>(
    caseAssignRoute,
    { config: { access: ['caseworker'] } },
    async (request, reply) => {
      const session = sessionOf(request);
      const at = ctx.clock.now();
      const actor = {
        at,
        actorRole: 'caseworker',
        actorId: session.caseworkerId,
        action: 'case.assign',
      } as const;
      const reference = request.params.reference.trim().toUpperCase();
      const result = submissionReferenceSchema.safeParse(reference).success
        ? await assignCase(ctx.db, reference, session.caseworkerId, at)
        : ({ kind: 'not-found' } as const);
      switch (result.kind) {
        case 'not-found':
          await audit(ctx.db, { ...actor, outcome: 'not-found' });
          return sendProblem(reply, 404, codes.caseNotFound, 'No submission has this reference');
        case 'taken': {
          await audit(ctx.db, { ...actor, objectRef: reference, outcome: 'refused' });
          const body = caseTakenProblem(result.displayName);
          return reply
            .code(409)
            .type('application/problem+json')
            .header('Cache-Control', 'no-store')
            .send(body);
        }
        case 'assigned':
          await audit(ctx.db, { ...actor, objectRef: reference, outcome: 'ok' });
          return reply.header('Cache-Control', 'no-store').send(result.item);
      }
    },
  );
}
