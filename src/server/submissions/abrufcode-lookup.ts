import type { FastifyReply, FastifyRequest } from 'fastify';
import { commonProblemCodes } from '../../api/contracts/api-problem';
import {
  abrufcodeHeader,
  submissionProblemCodes as codes,
  submissionReferenceSchema,
} from '../../api/contracts/submission';
import { normalizeAbrufcode } from '../../domain/identifiers/abrufcode';
import { clientSubject } from '../app/client-subject';
import type { ServerContext } from '../app/server-context';
import { audit } from '../audit/audit-log';
import { sendProblem } from '../http/problem';
import { hit, isLockedOut, type RateLimitRule } from '../rate-limit/rate-limiter';
import { abrufcodeMatches } from './abrufcode';
import { findSubmission, type StoredSubmission } from './submission-repository';

export const rateLimited = (reply: FastifyReply, retryAfterSeconds: number, title: string) => {
  reply.header('Retry-After', String(retryAfterSeconds));
  return sendProblem(reply, 429, commonProblemCodes.rateLimited, title);
};

/**
 * The applicant's way into their application: reference plus Abrufcode (ADR 0014), for the status, the letters
 * and the documents sent after a request. One rate limit for all of them per client, and a lockout after too many
 * wrong codes; an unknown reference and a wrong code get the same 404, so neither can be probed. Audited under
 * `action`. undefined means the answer was sent.
 */
export function abrufcodeLookup(ctx: ServerContext) {
  const minute = 60 * 1000;
  const rules = {
    status: { bucket: 'status', limit: ctx.config.rateLimits.statusPerMinute, windowMs: minute },
    statusFailures: {
      bucket: 'status-failures',
      limit: ctx.config.rateLimits.failedStatusPer15Minutes,
      windowMs: 15 * minute,
    },
  } satisfies Record<string, RateLimitRule>;

  return async (
    request: FastifyRequest<{ Params: { reference: string } }>,
    reply: FastifyReply,
    action: string,
    /** false: the route audits the found case itself, with the outcome of what it was asked (a letter, a file). */
    auditFound = true,
  ): Promise<StoredSubmission | undefined> => {
    const now = ctx.clock.now();
    const subject = clientSubject(ctx.secret, request);
    const allowed = await hit(ctx.db, rules.status, subject, now);
    if (!allowed.allowed) {
      await rateLimited(reply, allowed.retryAfterSeconds, 'Too many status lookups from this client');
      return undefined;
    }
    const locked = await isLockedOut(ctx.db, rules.statusFailures, subject, now);
    if (!locked.allowed) {
      await rateLimited(reply, locked.retryAfterSeconds, 'Too many wrong codes from this client');
      return undefined;
    }
    const typed = request.headers[abrufcodeHeader.toLowerCase()];
    const code = typeof typed === 'string' ? typed : undefined;
    if (code === undefined || normalizeAbrufcode(code) === undefined) {
      await sendProblem(
        reply,
        400,
        codes.abrufcodeMissing,
        `The ${abrufcodeHeader} header is missing or malformed`,
      );
      return undefined;
    }
    const reference = request.params.reference.trim().toUpperCase();
    const found = submissionReferenceSchema.safeParse(reference).success
      ? await findSubmission(ctx.db, reference)
      : undefined;
    if (!found || !abrufcodeMatches(ctx.secret, found.reference, code)) {
      await hit(ctx.db, rules.statusFailures, subject, now);
      await audit(ctx.db, { at: now, actorRole: 'none', action, outcome: 'not-found' });
      await sendProblem(reply, 404, codes.notFound, 'No submission has this reference');
      return undefined;
    }
    if (auditFound)
      await audit(ctx.db, { at: now, actorRole: 'none', action, objectRef: found.reference, outcome: 'ok' });
    return found;
  };
}
