import type { FastifyInstance } from 'fastify';
import {
  accessibilityFeedbackPath,
  accessibilityFeedbackRequestSchema,
  type AccessibilityFeedbackResponse,
} from '../../api/contracts/accessibility-feedback';
import { commonProblemCodes } from '../../api/contracts/api-problem';
import { clientSubject } from '../app/client-subject';
import type { ServerContext } from '../app/server-context';
import { applyFault } from '../http/apply-fault';
import { parseBody, sendProblem } from '../http/problem';
import { hit } from '../rate-limit/rate-limiter';

export const accessibilityFeedbackRoute = 'accessibility-feedback';

/**
 * Reports of barriers (§ 12b Abs. 2 Nr. 2 BGG). Kept for the insurer's accessibility officer; a name and an
 * e-mail address only when the person chose to give them.
 */
export function accessibilityFeedbackRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post(
    accessibilityFeedbackPath,
    { config: { access: 'public' }, bodyLimit: 64 * 1024 },
    async (request, reply) => {
      const fault = await ctx.faults.before(accessibilityFeedbackRoute);
      if (fault) return applyFault(request, reply, fault);
      const parsed = parseBody(
        reply,
        accessibilityFeedbackRequestSchema,
        request.body,
        'Invalid accessibility feedback',
      );
      if (parsed === undefined) return reply;
      const now = ctx.clock.now();
      const rule = {
        bucket: 'feedback',
        limit: ctx.config.rateLimits.feedbackPerHour,
        windowMs: 60 * 60 * 1000,
      };
      const verdict = await hit(ctx.db, rule, clientSubject(ctx.secret, request), now);
      if (!verdict.allowed) {
        reply.header('Retry-After', String(verdict.retryAfterSeconds));
        return sendProblem(reply, 429, commonProblemCodes.rateLimited, 'Too many reports from this client');
      }
      const reference = await ctx.db.transaction(async (tx) => {
        const sequence = await tx.query<{ last_value: number }>(
          `INSERT INTO reference_sequences (name, last_value) VALUES ('feedback', 1)
           ON CONFLICT (name) DO UPDATE SET last_value = reference_sequences.last_value + 1 RETURNING last_value`,
        );
        const next = `BF-${String(Number(sequence.rows[0]?.last_value)).padStart(6, '0')}`;
        await tx.query(
          'INSERT INTO accessibility_feedback (reference, received_at, report) VALUES ($1, $2, $3)',
          [next, now.toISOString(), JSON.stringify(parsed)],
        );
        return next;
      });
      const body: AccessibilityFeedbackResponse = { reference };
      return reply.code(201).header('Cache-Control', 'no-store').send(body);
    },
  );
}
