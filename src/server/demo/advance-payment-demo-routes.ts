import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  advancePaymentProblemCodes,
  mockAdvancePaymentPath,
  mockAdvancePaymentRequestSchema,
} from '../../api/contracts/advance-payment';
import { submissionProblemCodes, submissionReferenceSchema } from '../../api/contracts/submission';
import { audit } from '../audit/audit-log';
import type { ServerContext } from '../app/server-context';
import { parseBody, sendProblem } from '../http/problem';
import {
  advancePaymentStateOf,
  markReceived,
  markReturned,
  type PaymentStepResult,
} from '../submissions/advance-payment-repository';
import { findSubmission, stateOf } from '../submissions/submission-repository';

/**
 * Demo only, the caseworker's step until that view exists: the advance payment arrived on a day, or a direct
 * debit came back. Answers the submission's state as its status lookup would (without the Abrufcode: the demo has
 * no secrets). The audit log names the case and the step, never a person or an amount.
 */
export function advancePaymentDemoRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const refused = (reply: FastifyReply, step: Exclude<PaymentStepResult, { kind: 'ok' }>) => {
    switch (step.kind) {
      case 'not-found':
        return sendProblem(reply, 404, submissionProblemCodes.notFound, 'No submission has this reference');
      case 'not-advance-payment':
        return sendProblem(
          reply,
          409,
          advancePaymentProblemCodes.notAdvancePayment,
          'This submission is not an application for the advance payment',
        );
      case 'transition':
        return sendProblem(reply, 409, advancePaymentProblemCodes.transition, step.reason);
    }
  };

  app.post<{ Params: { reference: string } }>(
    mockAdvancePaymentPath,
    { config: { access: 'demo' } },
    async (request, reply) => {
      const parsed = parseBody(
        reply,
        mockAdvancePaymentRequestSchema,
        request.body,
        'Invalid advance payment step',
      );
      if (parsed === undefined) return reply;
      const reference = request.params.reference.trim().toUpperCase();
      if (!submissionReferenceSchema.safeParse(reference).success)
        return refused(reply, { kind: 'not-found' });
      const step =
        parsed.outcome === 'received'
          ? await markReceived(ctx.db, ctx.secret, reference, parsed.on)
          : await markReturned(ctx.db, reference, parsed.on, parsed.reason);
      await audit(ctx.db, {
        at: ctx.clock.now(),
        actorRole: 'demo',
        action: `advancePayment.${parsed.outcome}`,
        ...(step.kind === 'not-found' ? {} : { objectRef: reference }),
        outcome: step.kind === 'ok' ? 'ok' : step.kind === 'not-found' ? 'not-found' : 'refused',
      });
      if (step.kind !== 'ok') return refused(reply, step);
      const submission = await findSubmission(ctx.db, reference);
      if (!submission) return refused(reply, { kind: 'not-found' });
      request.log.info({ reference, outcome: parsed.outcome }, 'advance payment step recorded');
      return reply.header('Cache-Control', 'no-store').send({
        ...stateOf(submission),
        ...advancePaymentStateOf(reference, step.record, ctx.config.insurer.name),
      });
    },
  );
}
