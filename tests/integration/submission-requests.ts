import { randomUUID } from 'node:crypto';
import { submissionReceiptSchema, type SubmissionReceipt } from '../../src/api/contracts/submission';
import { acceptedBundle } from '../support/application-bundle';

// The insurer's mock on the msw node server (tests/setup/dom-setup.ts starts it and resets the failure switch).
export const origin = window.location.origin;

export function postBundle(
  body: Uint8Array,
  headers: Record<string, string> = {},
  key: string | null = randomUUID(),
): Promise<Response> {
  return fetch(`${origin}/api/v1/submissions`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/zip',
      'X-Application-Year': '2026',
      ...(key === null ? {} : { 'Idempotency-Key': key }),
      ...headers,
    },
    body: body as Uint8Array<ArrayBuffer>,
  });
}

export async function receiptOf(response: Response): Promise<SubmissionReceipt> {
  return submissionReceiptSchema.parse(await response.json());
}

/** Sends an accepted bundle and returns the receipt (reference and Abrufcode). */
export async function submitBundle(name?: string): Promise<SubmissionReceipt> {
  return receiptOf(await postBundle(acceptedBundle(name)));
}

export function getStatus(reference: string, abrufcode?: string): Promise<Response> {
  return fetch(`${origin}/api/v1/submissions/${reference}`, {
    headers: abrufcode === undefined ? {} : { 'X-Abrufcode': abrufcode },
  });
}
