import { queryOptions } from '@tanstack/react-query';
import { apiFetch, apiFetchBytes } from './api-fetch';
import { caseworkerPostHeaders } from './caseworker-session';
import {
  attachmentViewedPath,
  caseBundlePath,
  caseDecisionPath,
  caseLetterPath,
  caseMemberPartListSchema,
  caseMemberPartPath,
  caseMemberPartsPath,
  caseReviewPath,
  caseReviewStateSchema,
  caseUploadPath,
  incomeCheckPath,
  receiptMarkPath,
  secondApprovalPath,
  type CaseDecisionRequest,
  type CaseReviewState,
  type ReceiptMarkRequest,
} from './contracts/case-review';
import { caseHistoryPath, caseHistorySchema } from './contracts/caseworker-auth';
import { z } from 'zod';

/*
 * The case page's calls (issue 13): the bundle's bytes (verified in the browser by the same reader as the CLI),
 * the review state, and each mark, tick and decision, every state change with the session's CSRF token.
 */

const jsonHeaders = () => ({ 'Content-Type': 'application/json', ...caseworkerPostHeaders() });

export const caseBundle = (reference: string): Promise<Uint8Array> =>
  apiFetchBytes(caseBundlePath(reference), 'application/zip');

export const caseReviewKey = (reference: string) => ['caseworker', 'case', reference, 'review'] as const;

export const caseReviewQuery = (reference: string) =>
  queryOptions({
    queryKey: caseReviewKey(reference),
    queryFn: () => apiFetch(caseReviewPath(reference), caseReviewStateSchema),
  });

export const caseHistoryQuery = (reference: string) =>
  queryOptions({
    queryKey: ['caseworker', 'case', reference, 'history'],
    queryFn: () => apiFetch(caseHistoryPath(reference), caseHistorySchema),
  });

export const markReceipt = (
  reference: string,
  receiptId: string,
  request: ReceiptMarkRequest,
): Promise<CaseReviewState> =>
  apiFetch(receiptMarkPath(reference, receiptId), caseReviewStateSchema, {
    method: 'PUT',
    headers: jsonHeaders(),
    body: JSON.stringify(request),
  });

export const checkIncome = (
  reference: string,
  incomeId: string,
  checked: boolean,
): Promise<CaseReviewState> =>
  apiFetch(incomeCheckPath(reference, incomeId), caseReviewStateSchema, {
    method: 'PUT',
    headers: jsonHeaders(),
    body: JSON.stringify({ checked }),
  });

/** Records that an attachment was looked at (the audit log); 204 without a body. */
export const recordAttachmentViewed = (reference: string, fileId: string): Promise<unknown> =>
  apiFetch(attachmentViewedPath(reference), z.unknown(), {
    method: 'POST',
    headers: jsonHeaders(),
    body: JSON.stringify({ fileId }),
  });

export const decideCase = (reference: string, request: CaseDecisionRequest): Promise<CaseReviewState> =>
  apiFetch(caseDecisionPath(reference), caseReviewStateSchema, {
    method: 'POST',
    headers: jsonHeaders(),
    body: JSON.stringify(request),
  });

export const approveSecond = (reference: string): Promise<CaseReviewState> =>
  apiFetch(secondApprovalPath(reference), caseReviewStateSchema, {
    method: 'POST',
    headers: caseworkerPostHeaders(),
  });

export const caseLetter = (reference: string, letterId: number): Promise<Uint8Array> =>
  apiFetchBytes(caseLetterPath(reference, letterId), 'application/pdf');

export const caseUpload = (reference: string, uploadId: number): Promise<Uint8Array> =>
  apiFetchBytes(caseUploadPath(reference, uploadId), '*/*');

/**
 * The members' parts the case cites (issue 14): the list, then each bag as kept with the case, which the page
 * verifies with the member part reader and compares with the application's citation.
 */
export const caseMemberPartsQuery = (reference: string) =>
  queryOptions({
    queryKey: ['caseworker', 'case', reference, 'member-parts'],
    queryFn: () => apiFetch(caseMemberPartsPath(reference), caseMemberPartListSchema),
  });

export const caseMemberPart = (reference: string, invitationId: string): Promise<Uint8Array> =>
  apiFetchBytes(caseMemberPartPath(reference, invitationId), 'application/zip');
