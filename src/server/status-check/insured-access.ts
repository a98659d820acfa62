import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodType } from 'zod';
import { providerProblemCodes as codes, type InsuredIdentity } from '../../api/contracts/provider-check';
import { clientSubject } from '../app/client-subject';
import type { ServerContext } from '../app/server-context';
import { audit } from '../audit/audit-log';
import type { Queryable } from '../db/database';
import { parseBody, sendProblem } from '../http/problem';
import { hit, isLockedOut, type RateLimitRule } from '../rate-limit/rate-limiter';
import { kvnrHmac } from '../submissions/advance-payment-repository';
import { rateLimited } from '../submissions/abrufcode-lookup';

/**
 * The insured person's way to the checks of their status (issue 15): KVNR and the number of their exemption card
 * (the card number is the case's reference, or the imported card's number) must belong to one row of
 * checkable_exemption_statuses. The pair is a credential
 * like reference and Abrufcode, so it is limited the same way (abrufcode-lookup.ts): the same per-client limits,
 * in buckets of its own, and a lockout after too many wrong pairs; a wrong KVNR and a wrong card number get one
 * 404. Audited under `action` without the KVNR or the card number. undefined means the answer was sent.
 */
export async function insuredKvnrHmac(
  db: Queryable,
  secret: Buffer,
  identity: InsuredIdentity,
): Promise<string | undefined> {
  const hmac = kvnrHmac(secret, identity.kvnr);
  const found = await db.query(
    'SELECT 1 FROM checkable_exemption_statuses WHERE card_number = $1 AND kvnr_hmac = $2 LIMIT 1',
    [identity.cardNumber, hmac],
  );
  return found.rows.length > 0 ? hmac : undefined;
}

export function insuredAccess(ctx: ServerContext) {
  const minute = 60 * 1000;
  const rules = {
    lookups: { bucket: 'insured', limit: ctx.config.rateLimits.statusPerMinute, windowMs: minute },
    failures: {
      bucket: 'insured-failures',
      limit: ctx.config.rateLimits.failedStatusPer15Minutes,
      windowMs: 15 * minute,
    },
  } satisfies Record<string, RateLimitRule>;

  return async <T extends InsuredIdentity>(
    request: FastifyRequest,
    reply: FastifyReply,
    schema: ZodType<T>,
    action: string,
  ): Promise<{ body: T; kvnrHmac: string } | undefined> => {
    const now = ctx.clock.now();
    const subject = clientSubject(ctx.secret, request);
    const allowed = await hit(ctx.db, rules.lookups, subject, now);
    if (!allowed.allowed) {
      await rateLimited(reply, allowed.retryAfterSeconds, 'Too many lookups from this client');
      return undefined;
    }
    const locked = await isLockedOut(ctx.db, rules.failures, subject, now);
    if (!locked.allowed) {
      await rateLimited(reply, locked.retryAfterSeconds, 'Too many wrong card numbers from this client');
      return undefined;
    }
    const body = parseBody(reply, schema, request.body, 'Invalid request');
    if (body === undefined) return undefined;
    const hmac = await insuredKvnrHmac(ctx.db, ctx.secret, body);
    if (hmac === undefined) {
      await hit(ctx.db, rules.failures, subject, now);
      await audit(ctx.db, { at: now, actorRole: 'none', action, outcome: 'not-found' });
      await sendProblem(reply, 404, codes.insuredNotFound, 'KVNR and card number do not belong together');
      return undefined;
    }
    return { body, kvnrHmac: hmac };
  };
}
