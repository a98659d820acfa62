import { mockAdvancePaymentPath, type MockAdvancePaymentRequest } from './contracts/advance-payment';
import { submissionStateSchema } from './contracts/submission';
import { apiFetch } from './api-fetch';

/**
 * Demo only (the server registers the route in demo mode, the msw twin always): marks an advance payment received
 * or a debit returned, standing in for the insurer's bookkeeping until the caseworker's workspace does it.
 */
export function postAdvancePaymentStep(reference: string, request: MockAdvancePaymentRequest) {
  return apiFetch(
    mockAdvancePaymentPath.replace(':reference', encodeURIComponent(reference)),
    submissionStateSchema,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    },
  );
}
