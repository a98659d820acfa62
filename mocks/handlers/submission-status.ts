import { HttpResponse } from 'msw';
import { mockSubmissionStatusRequestSchema } from '../../src/api/contracts/mock-control';
import {
  submissionStatusOrder,
  submissionProblemCodes as codes,
  type SubmissionState,
} from '../../src/api/contracts/submission';
import { submissionStore } from '../store/current-submission-store';
import { stateOf } from '../store/submission-store';
import { problem } from './problem';

/**
 * Stands in for the caseworker until that view exists: moves a submission forward, never back, and only to
 * 'entschieden' with a decision, so the applicant's status page meets every state it will meet for real.
 */
export async function advanceSubmissionStatus(reference: string, body: unknown): Promise<Response> {
  const parsed = mockSubmissionStatusRequestSchema.safeParse(body);
  if (!parsed.success) {
    return problem(
      400,
      'request.invalid',
      'Invalid status change',
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  const { status, decision } = parsed.data;
  if ((status === 'entschieden') !== (decision !== undefined)) {
    return problem(400, 'request.invalid', 'A decision comes with the status entschieden, and only with it');
  }
  const store = submissionStore();
  const found = await store.getSubmission(reference);
  if (!found) return problem(404, codes.notFound, 'No submission has this reference');
  if (submissionStatusOrder.indexOf(status) <= submissionStatusOrder.indexOf(found.status)) {
    return problem(409, codes.statusTransition, `A submission cannot move from ${found.status} to ${status}`);
  }
  const updatedAt = new Date().toISOString();
  const updated = await store.updateSubmission(reference, {
    status,
    updatedAt,
    ...(decision ? { decision } : {}),
  });
  if (!updated) return problem(404, codes.notFound, 'No submission has this reference');
  const state: SubmissionState = stateOf(updated);
  return HttpResponse.json(state, { headers: { 'Cache-Control': 'no-store' } });
}
