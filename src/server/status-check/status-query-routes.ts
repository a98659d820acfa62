import type { FastifyInstance, FastifyRequest } from 'fastify';
import { commonProblemCodes } from '../../api/contracts/api-problem';
import {
  providerProblemCodes as codes,
  providerStatusQueryPath,
  statusQueryRequestSchema,
  type ProviderQueryHistory,
} from '../../api/contracts/provider-check';
import { validateKvnr } from '../../domain/identifiers/kvnr';
import type { ServerContext } from '../app/server-context';
import { audit } from '../audit/audit-log';
import { parseBody, sendProblem } from '../http/problem';
import type { ProviderIdentity } from '../providers/provider-identity';
import { berlinDayOf } from '../../documents/calendar/berlin-day';
import { countQuery, queryLimitsOf } from './query-limits';
import { serviceDateInRange } from '../../domain/status-check/service-date-range';
import { answerFormatOf, serializeStatusAnswer } from '../../api/contracts/provider-status-answer';
import { findStatus } from './status-query';
import { countQueriesSince, logStatusQuery, providerQueryEntries } from './status-query-log';

/** The provider's history shows at most this many of its newest queries. */
export const historyLength = 200;

const identityOf = (request: FastifyRequest): ProviderIdentity => {
  const identity = request.providerIdentity;
  // The access check admits a provider route only with a provider's session or API key and sets this.
  if (!identity) throw new Error('A provider route ran without the provider identity of the access check');
  return identity;
};

/**
 * The status query and the provider's own history (issue 15, ADR 0026). A query is validated (400; a KVNR whose
 * check digit fails is as malformed as a wrong format), its date of service must lie in the previous, current or
 * next year (422), then it counts against the burst and daily limits (429, audited, not logged as a query), and
 * only then the status is looked up. Every answered query writes exactly one status_queries row before the answer
 * goes out. Nothing here logs or audits the KVNR, the birth date, a name or initials.
 */
export function statusQueryRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post(
    providerStatusQueryPath,
    { config: { access: ['provider'], providerApiKey: true } },
    async (request, reply) => {
      const provider = identityOf(request);
      const query = parseBody(reply, statusQueryRequestSchema, request.body, 'Invalid status query');
      if (query === undefined) return reply;
      if (!validateKvnr(query.kvnr).ok) {
        return sendProblem(reply, 400, commonProblemCodes.requestInvalid, 'Invalid status query', [
          { path: 'kvnr', message: 'the check digit does not match' },
        ]);
      }
      const now = ctx.clock.now();
      const day = berlinDayOf(now);
      if (!serviceDateInRange(query.serviceDate, day.date)) {
        return sendProblem(
          reply,
          422,
          codes.serviceDateOutOfRange,
          'The date of service must lie in the previous, the current or the next calendar year',
        );
      }
      const verdict = await countQuery(
        ctx.db,
        provider.ik,
        await queryLimitsOf(ctx.db, provider.ik),
        day,
        now,
      );
      if (!verdict.allowed) {
        await audit(ctx.db, {
          at: now,
          actorRole: 'provider',
          actorId: provider.ik,
          action: 'status-query',
          detail: verdict.refusedBy,
          outcome: 'refused',
        });
        reply.header('Retry-After', String(verdict.retryAfterSeconds));
        return verdict.refusedBy === 'quota'
          ? sendProblem(reply, 429, codes.quotaExceeded, 'The daily limit of status queries is used up')
          : sendProblem(
              reply,
              429,
              commonProblemCodes.rateLimited,
              'Too many status queries in a short time',
            );
      }
      const finding = await findStatus(ctx.db, ctx.secret, provider.ik, query);
      await logStatusQuery(ctx.db, {
        ik: provider.ik,
        at: now,
        kvnrHmac: finding.kvnrHmac,
        consent: query.consent,
        serviceDate: query.serviceDate,
        result: finding.result,
        via: provider.via,
      });
      const { contentType, body } = serializeStatusAnswer(
        finding.answer,
        answerFormatOf(request.headers.accept),
      );
      return reply
        .code(200)
        .type(contentType)
        .header('Cache-Control', 'no-store')
        .header('Vary', 'Accept')
        .send(body);
    },
  );

  app.get(providerStatusQueryPath, { config: { access: ['provider'] } }, async (request, reply) => {
    const provider = identityOf(request);
    const now = ctx.clock.now();
    const day = berlinDayOf(now);
    const history: ProviderQueryHistory = {
      entries: await providerQueryEntries(ctx.db, provider.ik, historyLength),
      usedToday: await countQueriesSince(ctx.db, provider.ik, day.start),
      dailyLimit: (await queryLimitsOf(ctx.db, provider.ik)).dailyQuota,
    };
    return reply.header('Cache-Control', 'no-store').send(history);
  });
}
