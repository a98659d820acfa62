import { http, HttpResponse } from 'msw';
import { commonProblemCodes } from '../../src/api/contracts/api-problem';
import {
  providerProblemCodes as codes,
  providerStatusQueryPath,
  statusQueryRequestSchema,
  type ProviderQueryHistory,
  type StatusAnswer,
} from '../../src/api/contracts/provider-check';
import {
  answerFormatOf,
  exemptAnswer,
  notExempt,
  serializeStatusAnswer,
} from '../../src/api/contracts/provider-status-answer';
import { validateKvnr } from '../../src/domain/identifiers/kvnr';
import { serviceDateInRange } from '../../src/domain/status-check/service-date-range';
import {
  mockProviderAccounts,
  mockProviderCheckSettings as settings,
  mockStatusQueries,
  openObjection,
  type MockStatusQuery,
} from '../store/provider-store';
import { problem } from './problem';
import { jsonAnswer, parsed, providerCaller } from './provider-access';
import { initialsOf } from '../../src/domain/names/initials';
import { exemptionOn, exemptionRows } from './provider-exemptions';
import { berlinDayOf, hit, hitDay } from './provider-limits';
import { kvnrHmacOf } from './provider-secret';

/**
 * The status query and the provider's own history in the mock (server: src/server/status-check/
 * status-query-routes.ts, ADR 0026). Validated (400; a KVNR whose check digit fails is malformed), the date of
 * service in the previous, current or next Berlin year (422), counted against the burst and then the daily limit
 * (429), then the objection and the exemption are looked up and one log entry is written — with the KVNR's HMAC,
 * never the number. "Nicht befreit" is one frozen value serialized by one function, whatever the reason.
 */
const historyLength = 200;
/** The server's one serialization (src/api/contracts/provider-status-answer.ts), so the bytes are the same. */
function serialized(answer: StatusAnswer, accept: string | null): Response {
  const { contentType, body } = serializeStatusAnswer(answer, answerFormatOf(accept ?? undefined));
  return new HttpResponse(body, {
    status: 200,
    headers: { 'Content-Type': contentType, 'Cache-Control': 'no-store', Vary: 'Accept' },
  });
}

const withRetryAfter = (response: Response, seconds: number) => {
  response.headers.set('Retry-After', String(seconds));
  return response;
};

export const statusQueryHandlers = [
  http.post(providerStatusQueryPath, async ({ request, cookies }) => {
    const caller = await providerCaller(request, cookies, { apiKey: true });
    if (caller instanceof Response) return caller;
    const query = await parsed(request, statusQueryRequestSchema, 'Invalid status query');
    if (query instanceof Response) return query;
    if (!validateKvnr(query.kvnr).ok) {
      return problem(400, commonProblemCodes.requestInvalid, 'Invalid status query', [
        { path: 'kvnr', message: 'the check digit does not match' },
      ]);
    }
    const now = Date.now();
    if (!serviceDateInRange(query.serviceDate, berlinDayOf(now).date)) {
      return problem(
        422,
        codes.serviceDateOutOfRange,
        'The date of service must lie in the previous, the current or the next calendar year',
      );
    }
    // The burst first, so a query the burst refuses does not use up the day.
    const burst = hit(
      { bucket: 'provider-burst', limit: settings.burstLimit, windowMs: settings.burstWindowSeconds * 1000 },
      caller.ik,
      now,
    );
    if (!burst.allowed) {
      return withRetryAfter(
        problem(429, commonProblemCodes.rateLimited, 'Too many status queries in a short time'),
        burst.retryAfterSeconds,
      );
    }
    const dailyQuota = mockProviderAccounts.get(caller.ik)?.dailyQuota ?? settings.dailyQuota;
    const quota = hitDay('provider-quota', caller.ik, dailyQuota, now);
    if (!quota.allowed) {
      return withRetryAfter(
        problem(429, codes.quotaExceeded, 'The daily limit of status queries is used up'),
        quota.retryAfterSeconds,
      );
    }
    const kvnrHmac = await kvnrHmacOf(query.kvnr);
    // Both looked up every time, so a blocked check does the same work as any other.
    const blocked = openObjection(kvnrHmac, caller.ik) !== undefined;
    const exemption = exemptionOn(await exemptionRows(now), {
      kvnr: query.kvnr,
      birthDate: query.birthDate,
      date: query.serviceDate,
    });
    const result: MockStatusQuery['result'] = blocked ? 'blocked' : exemption ? 'befreit' : 'nicht-befreit';
    let answer: StatusAnswer = notExempt;
    if (result === 'befreit' && exemption) {
      const initials = initialsOf(exemption.givenName, exemption.familyName);
      // Like the server: no capital letter to show is a failure, never a wrong "nicht befreit".
      if (initials === '') throw new Error('No initials can be formed from the name on file');
      answer = exemptAnswer(initials, exemption.validUntil);
    }
    mockStatusQueries.push({
      ik: caller.ik,
      at: now,
      kvnrHmac,
      consent: query.consent,
      serviceDate: query.serviceDate,
      result,
      via: caller.via,
    });
    return serialized(answer, request.headers.get('Accept'));
  }),

  http.get(providerStatusQueryPath, async ({ request, cookies }) => {
    const caller = await providerCaller(request, cookies);
    if (caller instanceof Response) return caller;
    const now = Date.now();
    const day = berlinDayOf(now);
    const own = mockStatusQueries
      .map((entry, index) => ({ entry, index }))
      .filter(({ entry }) => entry.ik === caller.ik)
      .sort((a, b) => b.entry.at - a.entry.at || b.index - a.index)
      .map(({ entry }) => entry);
    const history: ProviderQueryHistory = {
      entries: own.slice(0, historyLength).map((entry) => ({
        at: new Date(entry.at).toISOString(),
        consent: entry.consent,
        serviceDate: entry.serviceDate,
        answered: entry.result === 'befreit' ? 'befreit' : 'nicht-befreit',
        via: entry.via,
      })),
      usedToday: own.filter((entry) => entry.at >= day.start).length,
      dailyLimit: mockProviderAccounts.get(caller.ik)?.dailyQuota ?? settings.dailyQuota,
    };
    return jsonAnswer(history);
  }),
];
