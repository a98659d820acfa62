import { HttpResponse } from 'msw';
import {
  advancePaymentProblemCodes,
  mockAdvancePaymentRequestSchema,
} from '../../src/api/contracts/advance-payment';
import {
  submissionProblemCodes as codes,
  submissionReferenceSchema,
  type SubmissionState,
} from '../../src/api/contracts/submission';
import { checkPaymentStep } from '../../src/domain/vorauszahlung/payment-step';
import { submissionStore } from '../store/current-submission-store';
import { advanceStateOf, stateOf, type StoredAdvancePayment } from '../store/submission-store';
import { problem } from './problem';

/**
 * The twin of the server's demo control (src/server/demo/advance-payment-demo-routes.ts): the money arrived on a
 * day (every covered person's exemption from the later of 1 January and that day to 31 December), or a direct
 * debit came back (every exemption ends that day). The same steps are refused alike (checkPaymentStep).
 */
export async function recordAdvancePaymentStep(reference: string, body: unknown): Promise<Response> {
  const parsed = mockAdvancePaymentRequestSchema.safeParse(body);
  if (!parsed.success) {
    return problem(
      400,
      'request.invalid',
      'Invalid advance payment step',
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  const step = parsed.data;
  const notFound = () => problem(404, codes.notFound, 'No submission has this reference');
  const normalized = reference.trim().toUpperCase();
  if (!submissionReferenceSchema.safeParse(normalized).success) return notFound();
  const store = submissionStore();
  const found = await store.getSubmission(normalized);
  if (!found) return notFound();
  const advance = found.advance;
  if (!advance) {
    return problem(
      409,
      advancePaymentProblemCodes.notAdvancePayment,
      'This submission is not an application for the advance payment',
    );
  }
  const verdict = checkPaymentStep(advance.status, step);
  if (!verdict.ok) return problem(409, advancePaymentProblemCodes.transition, verdict.reason);
  let next: StoredAdvancePayment;
  if (verdict.outcome === 'received') {
    next = {
      ...advance,
      status: { ...advance.status, state: 'eingegangen', receivedOn: step.on },
      exemptions: advance.covered.map((person) => ({
        memberId: person.memberId,
        givenName: person.givenName,
        familyName: person.familyName,
        kvnr: person.kvnr,
        birthDate: person.birthDate,
        status: true,
        ...verdict.period,
      })),
    };
  } else {
    if (step.outcome !== 'returned') throw new Error('A return was judged as another step');
    next = {
      ...advance,
      status: { ...advance.status, state: 'zurueckgebucht', returnedOn: step.on, returnReason: step.reason },
      exemptions: advance.exemptions.map((exemption) => ({ ...exemption, status: false, endedOn: step.on })),
    };
  }
  const updated = await store.updateSubmission(normalized, { advance: next });
  if (!updated) return notFound();
  const state: SubmissionState = { ...stateOf(updated), ...advanceStateOf(updated) };
  return HttpResponse.json(state, { headers: { 'Cache-Control': 'no-store' } });
}
