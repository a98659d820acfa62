import { z } from 'zod';
import { apiProblemSchema } from './api-problem';
import { caseworkerBasePath } from './caseworker-auth';
import { submissionReferenceSchema, submissionStatusSchema } from './submission';

/**
 * The caseworker's queue (issue 13, deliverable 3): submitted applications with what a caseworker sorts and
 * filters by, and never any health data (no diagnoses, no receipt categories, no names: a list is seen by every
 * caseworker, a case only by the one working on it). Paged on the server, so that 10,000 applications answer as
 * fast as ten. Shared by the server, the msw twin and the client.
 */
export const caseQueuePath = `${caseworkerBasePath}/cases`;
export const caseAssignRoute = `${caseworkerBasePath}/cases/:reference/assign`;
export const caseAssignPath = (reference: string) =>
  `${caseworkerBasePath}/cases/${encodeURIComponent(reference)}/assign`;

/**
 * Flags without health data: the limit claimed as reached; documents the applicant will send by post (missing from
 * the bundle); a further application for the same person and year; the bundle reader's warnings (a PDF with links,
 * an encrypted PDF …); an advance payment.
 */
export const caseFlags = [
  'limitReached',
  'documentsMissing',
  'furtherApplication',
  'bundleFlags',
  'advancePayment',
] as const;
export const caseFlagSchema = z.enum(caseFlags);
export type CaseFlag = z.infer<typeof caseFlagSchema>;

export const caseSortKeys = ['received', 'claimed', 'year', 'householdSize'] as const;

/** Query parameters (GET): all optional; `q` finds a reference (ZB-…) or an application number (ZBA-…). */
export const caseQueueQuerySchema = z.strictObject({
  q: z.string().trim().max(32).optional(),
  status: submissionStatusSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2999).optional(),
  flag: caseFlagSchema.optional(),
  /** 'mine': assigned to the caller; 'open': assigned to nobody; absent: all. */
  assigned: z.enum(['mine', 'open']).optional(),
  sort: z.enum(caseSortKeys).default('received'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type CaseQueueQuery = z.input<typeof caseQueueQuerySchema>;

export const caseQueueItemSchema = z.strictObject({
  reference: submissionReferenceSchema,
  /**
   * As the bundle states it (the app writes ZBA- and 12 hex digits; the reader accepts any id up to 64 characters);
   * empty for applications stored before ids were recorded (migration 3).
   */
  applicationId: z.string().max(64),
  receivedAt: z.iso.datetime({ offset: true }),
  year: z.number().int(),
  householdSize: z.number().int().min(1),
  /** The counted co-payments the application states (calculation.paidCents), or the advance payment's amount. */
  claimedCents: z.number().int().nonnegative(),
  status: submissionStatusSchema,
  flags: z.array(caseFlagSchema),
  /** Who works on it; null while nobody opened it. */
  assignedTo: z.strictObject({ id: z.string(), displayName: z.string() }).nullable(),
});
export type CaseQueueItem = z.infer<typeof caseQueueItemSchema>;

export const caseQueuePageSchema = z.strictObject({
  total: z.number().int().nonnegative(),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  items: z.array(caseQueueItemSchema),
});
export type CaseQueuePage = z.infer<typeof caseQueuePageSchema>;

export const caseQueueProblemCodes = {
  /** 409 on assign: another caseworker has the case; the answer names who (display name only). */
  taken: 'case.taken',
} as const;

/** The 409 of assign: a problem with the display name (nothing else) of the caseworker who has the case. */
export const caseTakenProblemSchema = apiProblemSchema.extend({
  code: z.literal(caseQueueProblemCodes.taken),
  assignedTo: z.strictObject({ displayName: z.string() }),
});
export type CaseTakenProblem = z.infer<typeof caseTakenProblemSchema>;

/** The 409 body when another caseworker has the case: who, by display name only. */
export const caseTakenProblem = (displayName: string): CaseTakenProblem => ({
  title: 'Another caseworker works on this case',
  status: 409,
  code: caseQueueProblemCodes.taken,
  assignedTo: { displayName },
});
