import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { commonProblemCodes } from '../../api/contracts/api-problem';
import {
  mockControlPath,
  mockControlRequestSchema,
  mockSubmissionStatusPath,
  mockSubmissionStatusRequestSchema,
  type MockControlState,
} from '../../api/contracts/mock-control';
import {
  submissionProblemCodes as codes,
  submissionStatusOrder,
  type SubmissionStatus,
} from '../../api/contracts/submission';
import { audit } from '../audit/audit-log';
import type { SettableClock } from '../clock/clock';
import type { ServerContext } from '../app/server-context';
import { parseBody, sendProblem } from '../http/problem';
import { accessibilityFeedbackRoute } from '../feedback/accessibility-feedback-routes';
import { serviceInfoRoute } from '../service-info/service-info-routes';
import { deriveAbrufcode } from '../submissions/abrufcode';
import { advanceSubmission, listSubmissions, stateOf } from '../submissions/submission-repository';
import { submissionRoute, submissionStatusRoute } from '../submissions/submission-routes';
import { advancePaymentDemoRoutes } from './advance-payment-demo-routes';
import { seedDemoSubmission } from './demo-seed';
import type { ControllableFaultSwitch } from './fault-switch';
import { providerLettersDemoRoutes } from './provider-letters-demo-routes';

/** Demo-only routes; registered only when the server starts in demo mode (start-server.ts). */
export const demoPaths = {
  control: mockControlPath,
  submissions: '/api/__mock/submissions',
  advance: mockSubmissionStatusPath,
  clock: '/api/__demo/clock',
  mailbox: '/api/__demo/mailbox',
  seed: '/api/__demo/seed',
} as const;

const routeNames = [
  '*',
  serviceInfoRoute,
  accessibilityFeedbackRoute,
  submissionRoute,
  submissionStatusRoute,
];

const clockRequestSchema = z.strictObject({ now: z.iso.datetime({ offset: true }).nullable() });

const seedRequestSchema = z.strictObject({
  submissions: z
    .array(
      z.strictObject({
        status: z.enum(['eingegangen', 'in-bearbeitung', 'entschieden']),
        outcome: z.enum(['befreit', 'abgelehnt']).optional(),
      }),
    )
    .min(1)
    .max(20),
});

export function demoRoutes(
  app: FastifyInstance,
  ctx: ServerContext,
  demo: { faults: ControllableFaultSwitch; clock: SettableClock },
): void {
  const config = { access: 'demo' } as const;
  const state = (): MockControlState => ({ ...demo.faults.state(), routes: routeNames });

  app.get(demoPaths.control, { config }, async () => state());
  app.post(demoPaths.control, { config }, async (request, reply) => {
    const parsed = parseBody(reply, mockControlRequestSchema, request.body, 'Invalid control request');
    if (parsed === undefined) return reply;
    demo.faults.plan(parsed);
    return state();
  });
  app.delete(demoPaths.control, { config }, async () => {
    demo.faults.reset();
    return state();
  });

  // The demo's stand-in for the caseworker until that view exists; also lists codes so tests can look up.
  app.get(demoPaths.submissions, { config }, async () => ({
    submissions: (await listSubmissions(ctx.db)).map((submission) => ({
      ...stateOf(submission),
      abrufcode: deriveAbrufcode(ctx.secret, submission.reference),
    })),
  }));

  app.post<{ Params: { reference: string } }>(demoPaths.advance, { config }, async (request, reply) => {
    const parsed = parseBody(reply, mockSubmissionStatusRequestSchema, request.body, 'Invalid status change');
    if (parsed === undefined) return reply;
    const { status, decision } = parsed;
    if ((status === 'entschieden') !== (decision !== undefined)) {
      return sendProblem(
        reply,
        400,
        commonProblemCodes.requestInvalid,
        'A decision comes with the status entschieden, and only with it',
      );
    }
    const earlier: SubmissionStatus[] = submissionStatusOrder.slice(0, submissionStatusOrder.indexOf(status));
    const updated = await advanceSubmission(ctx.db, request.params.reference, {
      status,
      from: earlier,
      updatedAt: ctx.clock.now(),
      ...(decision ? { decision } : {}),
    });
    if (!updated) {
      const exists = (await listSubmissions(ctx.db)).some((s) => s.reference === request.params.reference);
      return exists
        ? sendProblem(reply, 409, codes.statusTransition, `A submission cannot move to ${status}`)
        : sendProblem(reply, 404, codes.notFound, 'No submission has this reference');
    }
    await audit(ctx.db, {
      at: ctx.clock.now(),
      actorRole: 'demo',
      action: `submission.${status}`,
      objectRef: updated.reference,
      outcome: 'ok',
    });
    return reply.header('Cache-Control', 'no-store').send(stateOf(updated));
  });

  advancePaymentDemoRoutes(app, ctx);
  providerLettersDemoRoutes(app, ctx);

  app.get(demoPaths.clock, { config }, async () => ({ now: demo.clock.now().toISOString() }));
  app.put(demoPaths.clock, { config }, async (request, reply) => {
    const parsed = parseBody(reply, clockRequestSchema, request.body, 'Invalid clock request');
    if (parsed === undefined) return reply;
    demo.clock.set(parsed.now === null ? undefined : new Date(parsed.now));
    return { now: demo.clock.now().toISOString() };
  });

  app.post(demoPaths.seed, { config }, async (request, reply) => {
    const parsed = parseBody(reply, seedRequestSchema, request.body, 'Invalid seed request');
    if (parsed === undefined) return reply;
    const seeded = [];
    for (const wanted of parsed.submissions) {
      const submission = await seedDemoSubmission(ctx.db, {
        status: wanted.status,
        now: ctx.clock.now(),
        ...(wanted.outcome ? { outcome: wanted.outcome } : {}),
      });
      seeded.push({ ...stateOf(submission), abrufcode: deriveAbrufcode(ctx.secret, submission.reference) });
    }
    return reply.code(201).header('Cache-Control', 'no-store').send({ submissions: seeded });
  });

  app.get(demoPaths.mailbox, { config }, async () => {
    const letters = await ctx.db.query<{
      id: number;
      created_at: Date;
      recipient_kind: string;
      recipient_ref: string;
      subject: string;
      body: string;
    }>(
      'SELECT id, created_at, recipient_kind, recipient_ref, subject, body FROM outgoing_letters ORDER BY id DESC LIMIT 100',
    );
    return {
      letters: letters.rows.map((row) => ({
        id: Number(row.id),
        createdAt: new Date(row.created_at).toISOString(),
        recipientKind: row.recipient_kind,
        recipientRef: row.recipient_ref,
        subject: row.subject,
        body: row.body,
      })),
    };
  });
}
