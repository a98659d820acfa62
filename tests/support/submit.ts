import { randomUUID } from 'node:crypto';
import type { SubmissionReceipt } from '../../src/api/contracts/submission';

/* Tests only: the applicant's two requests, as the app makes them. */

export function postBundle(
  baseUrl: string,
  bundle: Uint8Array<ArrayBuffer>,
  options: { key?: string; year?: number } = {},
): Promise<Response> {
  return fetch(new URL('/api/v1/submissions', baseUrl), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/zip',
      'Idempotency-Key': options.key ?? randomUUID(),
      'X-Application-Year': String(options.year ?? 2026),
    },
    body: bundle,
  });
}

export async function submitBundle(
  baseUrl: string,
  bundle: Uint8Array<ArrayBuffer>,
  options: { key?: string; year?: number } = {},
): Promise<SubmissionReceipt> {
  const response = await postBundle(baseUrl, bundle, options);
  if (response.status !== 201)
    throw new Error(`Expected 201, got ${response.status}: ${await response.text()}`);
  return (await response.json()) as SubmissionReceipt;
}

export function lookUpStatus(baseUrl: string, reference: string, abrufcode: string): Promise<Response> {
  return fetch(new URL(`/api/v1/submissions/${encodeURIComponent(reference)}`, baseUrl), {
    headers: { 'X-Abrufcode': abrufcode },
  });
}
