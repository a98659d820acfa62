import { http, HttpResponse } from 'msw';
import { mockAdvancePaymentPath } from '../../src/api/contracts/advance-payment';
import { mockSubmissionStatusPath } from '../../src/api/contracts/mock-control';
import {
  abrufcodeHeader,
  submissionsPath,
  submissionProblemCodes as codes,
  type SubmissionReceipt,
  type SubmissionState,
} from '../../src/api/contracts/submission';
import { normalizeAbrufcode } from '../../src/domain/identifiers/abrufcode';
import { afterRoute, beforeRoute } from '../control/failure-switch';
import { submissionStore } from '../store/current-submission-store';
import {
  ApplicationAlreadySubmittedError,
  advanceStateOf,
  stateOf,
  type StoredAnswer,
} from '../store/submission-store';
import { deriveAbrufcode, sameCode } from './abrufcode';
import { problem } from './problem';
import { recordAdvancePaymentStep } from './advance-payment';
import { advanceSubmissionStatus } from './submission-status';
import { copiesOfCitedParts, markApplicationsSent, memberPartUnknown } from './submission-member-parts';
import { readSubmissionRequest } from './submission-request';

export const submissionRoute = 'submission';
export const submissionStatusRoute = 'submission-status';

const noStore = { 'Cache-Control': 'no-store' };

const alreadySubmitted = () =>
  problem(
    409,
    codes.alreadySubmitted,
    'This application was already submitted with another Idempotency-Key; it is not stored twice',
  );

/** The stored answer with its Abrufcode derived again: a replay carries the very same code. */
async function answerWith(answer: StoredAnswer, replayed: boolean): Promise<Response> {
  const headers = { ...noStore, ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}) };
  const body: SubmissionReceipt = { ...answer.body, abrufcode: await deriveAbrufcode(answer.body.reference) };
  return HttpResponse.json(body, { status: answer.status, headers });
}

/**
 * POST a bundle with an Idempotency-Key. The first arrival is stored and answered 201; the same key and body
 * get that first answer again, never a second reference. Another key with a bundle of an application that is
 * stored already gets 409 submission.alreadySubmitted, which names neither reference nor Abrufcode: whoever
 * sent first holds those. A planned network error, status or stall strikes before anything is stored (the
 * retry is a first arrival); a planned 'lost-response' after (the retry is a replay).
 */
const postSubmission = http.post(submissionsPath, async ({ request }) => {
  const read = await readSubmissionRequest(request);
  if (read instanceof Response) return read;
  const store = submissionStore();
  // Claimed before the latency below, so a second request during a slow first one sees it in flight.
  const claim = await store.claimKey(read.key, read.fingerprint, Date.now());
  const planned = await beforeRoute(submissionRoute, { defersLostResponse: true, signal: request.signal });
  if (planned) {
    if (claim.kind === 'claimed') await store.releaseKey(read.key);
    return planned;
  }
  switch (claim.kind) {
    case 'in-flight':
      return problem(409, codes.keyInFlight, 'A request with this Idempotency-Key is still being processed');
    case 'reused':
      return problem(422, codes.keyReused, 'This Idempotency-Key was used for a different bundle');
    case 'answered':
      return afterRoute(submissionRoute) ?? answerWith(claim.answer, true);
    case 'claimed': {
      const { key, year, applicationId, bundle, manifestSha256, advancePayment, queue } = read;
      const receivedAt = new Date().toISOString();
      const memberParts = copiesOfCitedParts(read.memberParts);
      if (!Array.isArray(memberParts)) {
        await store.releaseKey(key);
        // As the server, which looks at the parts after the application id: a second sending is refused as such.
        const stored = await store.listSubmissions();
        if (stored.some((submission) => submission.applicationId === applicationId))
          return alreadySubmitted();
        return memberPartUnknown(memberParts.memberId, memberParts.index);
      }
      let answer: StoredAnswer;
      try {
        answer = await store.storeSubmission(key, {
          year,
          applicationId,
          bundle,
          manifestSha256,
          receivedAt,
          queue,
          ...(advancePayment ? { advancePayment } : {}),
          memberParts,
        });
        markApplicationsSent(memberParts, Date.parse(receivedAt));
      } catch (error) {
        // Nothing was stored under this key: it leaves no trace, and a repetition meets the same refusal.
        await store.releaseKey(key);
        if (error instanceof ApplicationAlreadySubmittedError) return alreadySubmitted();
        // The retry must be a first arrival again, not an eternal 409.
        return problem(500, codes.storageFailed, 'The submission could not be stored');
      }
      return afterRoute(submissionRoute) ?? answerWith(answer, false);
    }
  }
});

/**
 * The status needs the reference and its Abrufcode (header, never the URL). An unknown reference and a wrong
 * code get the very same 404, so the answer never tells which of the two was wrong.
 */
const getSubmission = http.get<{ reference: string }>(
  `${submissionsPath}/:reference`,
  async ({ params, request }) => {
    const planned = await beforeRoute(submissionStatusRoute, { signal: request.signal });
    if (planned) return planned;
    const code = normalizeAbrufcode(request.headers.get(abrufcodeHeader) ?? '');
    if (code === undefined) {
      return problem(400, codes.abrufcodeMissing, `The ${abrufcodeHeader} header is missing or malformed`);
    }
    const notFound = () => problem(404, codes.notFound, 'No submission has this reference and Abrufcode');
    const found = await submissionStore().getSubmission(params.reference);
    // Derived for unknown references too, so both refusals take the same work.
    const expected = await deriveAbrufcode(params.reference);
    if (!found || !sameCode(code, expected)) return notFound();
    const body: SubmissionState = { ...stateOf(found), ...advanceStateOf(found) };
    return HttpResponse.json(body, { headers: noStore });
  },
);

/** Demo and tests only: the caseworker's steps, until the caseworker's view exists. */
const postStatus = http.post<{ reference: string }>(mockSubmissionStatusPath, async ({ params, request }) =>
  advanceSubmissionStatus(params.reference, await request.json().catch(() => undefined)),
);

/** Demo and tests only: the advance payment arrived, or a direct debit came back (the server's twin). */
const postAdvancePayment = http.post<{ reference: string }>(
  mockAdvancePaymentPath,
  async ({ params, request }) =>
    recordAdvancePaymentStep(params.reference, await request.json().catch(() => undefined)),
);

export const submissionHandlers = [postSubmission, getSubmission, postStatus, postAdvancePayment];
