import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { apiProblemSchema, type ApiProblem } from '../../../src/api/contracts/api-problem';
import {
  abrufcodeHeader,
  applicationYearHeader,
  idempotencyKeyHeader,
  submissionContentType,
  submissionPath,
  submissionReceiptSchema,
  submissionsPath,
  type SubmissionReceipt,
} from '../../../src/api/contracts/submission';
import { acceptedBundle } from '../../support/application-bundle';
import type { ContractTarget } from './contract-target';

/** The year of the documented example application every test bundle is built from. */
export const bundleYear = 2026;

export type PostOptions = {
  /** The Idempotency-Key; null sends none. A fresh UUID v4 unless given. */
  key?: string | null;
  year?: string | null;
  contentType?: string | null;
  headers?: Record<string, string>;
};

export function postBundle(target: ContractTarget, body: Uint8Array, options: PostOptions = {}) {
  const key = options.key === undefined ? randomUUID() : options.key;
  const year = options.year === undefined ? String(bundleYear) : options.year;
  const contentType = options.contentType === undefined ? submissionContentType : options.contentType;
  const headers: Record<string, string> = {
    ...(key === null ? {} : { [idempotencyKeyHeader]: key }),
    ...(year === null ? {} : { [applicationYearHeader]: year }),
    ...(contentType === null ? {} : { 'Content-Type': contentType }),
    ...options.headers,
  };
  return target.fetch(submissionsPath, { method: 'POST', headers, body: body as Uint8Array<ArrayBuffer> });
}

export async function receiptOf(response: Response): Promise<SubmissionReceipt> {
  const text = await response.text();
  expect(response.status, text).toBe(201);
  return submissionReceiptSchema.parse(JSON.parse(text));
}

/** Sends an accepted bundle under a fresh key and returns its receipt. */
export async function submit(target: ContractTarget, name?: string): Promise<SubmissionReceipt> {
  return receiptOf(await postBundle(target, acceptedBundle(name)));
}

export function getState(target: ContractTarget, reference: string, abrufcode?: string, query = '') {
  return target.fetch(`${submissionPath(reference)}${query}`, {
    headers: abrufcode === undefined ? {} : { [abrufcodeHeader]: abrufcode },
  });
}

/** Asserts an RFC 9457 answer with this status and code, and returns it. */
export async function expectProblem(response: Response, status: number, code: string): Promise<ApiProblem> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(response.headers.get('Content-Type'), text).toMatch(/^application\/problem\+json(;|$)/);
  const parsed = apiProblemSchema.parse(JSON.parse(text));
  expect(parsed.code).toBe(code);
  expect(parsed.status).toBe(status);
  return parsed;
}

/** The reference the next stored submission of the same year gets: one more than this one. */
export function referenceAfter(reference: string): string {
  const match = /^ZB-(\d{4})-(\d{6})$/.exec(reference);
  if (!match) throw new Error(`Not a reference: ${reference}`);
  return `ZB-${match[1]}-${String(Number(match[2]) + 1).padStart(6, '0')}`;
}
