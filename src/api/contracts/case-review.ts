import { z } from 'zod';
import { receiptMarks } from '../../domain/case-review/receipt-mark';
import { caseworkerBasePath } from './caseworker-auth';
import { submissionReferenceSchema, submissionStatusSchema } from './submission';

/**
 * One case in the caseworker's hands (issue 13, deliverables 4 to 7): its bundle, the marks on receipts and
 * income proofs, the decision with its second approval, requests for documents, letters. Shared by the server,
 * the msw twin and the client. The bundle travels as it was received (application/zip) and is verified in the
 * caseworker's browser by the same reader as the CLI; everything else is JSON.
 */
const casePath = (reference: string, rest: string) =>
  `${caseworkerBasePath}/cases/${encodeURIComponent(reference)}/${rest}`;

export const caseBundleRoute = `${caseworkerBasePath}/cases/:reference/bundle`;
export const caseBundlePath = (reference: string) => casePath(reference, 'bundle');
export const caseReviewRoute = `${caseworkerBasePath}/cases/:reference/review`;
export const caseReviewPath = (reference: string) => casePath(reference, 'review');
export const receiptMarkRoute = `${caseworkerBasePath}/cases/:reference/receipts/:receiptId/mark`;
export const receiptMarkPath = (reference: string, receiptId: string) =>
  casePath(reference, `receipts/${encodeURIComponent(receiptId)}/mark`);
export const incomeCheckRoute = `${caseworkerBasePath}/cases/:reference/incomes/:incomeId/check`;
export const incomeCheckPath = (reference: string, incomeId: string) =>
  casePath(reference, `incomes/${encodeURIComponent(incomeId)}/check`);
export const attachmentViewedRoute = `${caseworkerBasePath}/cases/:reference/attachments/viewed`;
export const attachmentViewedPath = (reference: string) => casePath(reference, 'attachments/viewed');
export const caseDecisionRoute = `${caseworkerBasePath}/cases/:reference/decision`;
export const caseDecisionPath = (reference: string) => casePath(reference, 'decision');
export const secondApprovalRoute = `${caseworkerBasePath}/cases/:reference/decision/second-approval`;
export const secondApprovalPath = (reference: string) => casePath(reference, 'decision/second-approval');
export const caseLetterRoute = `${caseworkerBasePath}/cases/:reference/letters/:letterId`;
export const caseLetterPath = (reference: string, letterId: number) =>
  casePath(reference, `letters/${letterId}`);
export const caseUploadRoute = `${caseworkerBasePath}/cases/:reference/uploads/:uploadId`;
export const caseUploadPath = (reference: string, uploadId: number) =>
  casePath(reference, `uploads/${uploadId}`);
/**
 * The members' parts a case cites (issue 14, ADR 0025): listed without bytes, each served as the member's bag
 * (application/zip), verified in the caseworker's browser by readMemberPartBag and compared with the SHA-256 the
 * application cites.
 */
export const caseMemberPartsRoute = `${caseworkerBasePath}/cases/:reference/member-parts`;
export const caseMemberPartsPath = (reference: string) => casePath(reference, 'member-parts');
export const caseMemberPartRoute = `${caseworkerBasePath}/cases/:reference/member-parts/:invitationId`;
export const caseMemberPartPath = (reference: string, invitationId: string) =>
  casePath(reference, `member-parts/${encodeURIComponent(invitationId)}`);

export const caseMemberPartSchema = z.strictObject({
  /** The member's id in the application (members[].id). */
  memberId: z.string().min(1).max(64),
  invitationId: z.uuid(),
  /** The SHA-256 of the bag as kept with the case; the application cites the same. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  byteLength: z.int().nonnegative(),
});
export type CaseMemberPart = z.infer<typeof caseMemberPartSchema>;
export const caseMemberPartListSchema = z.array(caseMemberPartSchema).max(20);

const isoDate = z.iso.date();
const itemId = z.string().min(1).max(64);
const who = z.strictObject({ id: z.string(), displayName: z.string() });

export const receiptMarkRequestSchema = z
  .strictObject({
    mark: z.enum(receiptMarks),
    reason: z.string().trim().max(300),
  })
  .refine((request) => request.mark === 'countable' || request.reason.length >= 3, {
    path: ['reason'],
    message: 'a receipt left out needs a reason of at least 3 characters (it goes into the letter)',
  });
export type ReceiptMarkRequest = z.infer<typeof receiptMarkRequestSchema>;

export const incomeCheckRequestSchema = z.strictObject({ checked: z.boolean() });
export const attachmentViewedRequestSchema = z.strictObject({ fileId: itemId });

export const receiptMarkEntrySchema = z.strictObject({
  receiptId: itemId,
  mark: z.enum(receiptMarks),
  reason: z.string(),
  by: who,
  at: z.iso.datetime({ offset: true }),
});
export type ReceiptMarkEntry = z.infer<typeof receiptMarkEntrySchema>;

export const incomeCheckEntrySchema = z.strictObject({
  incomeId: itemId,
  by: who,
  at: z.iso.datetime({ offset: true }),
});
export type IncomeCheckEntry = z.infer<typeof incomeCheckEntrySchema>;

/** The decisions a caseworker takes (deliverable 6). Requests for documents are not decisions: the case stays open. */
export const caseDecisionRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('approve') }),
  z.strictObject({ kind: z.literal('confirmAdvance') }),
  z.strictObject({ kind: z.literal('reject'), reason: z.string().trim().min(10).max(1000) }),
  z.strictObject({
    kind: z.literal('requestDocuments'),
    documents: z.array(z.string().trim().min(3).max(200)).min(1).max(10),
    /** The deadline: at least two weeks from the request, so the notice under § 66 Abs. 3 SGB I is reasonable. */
    dueOn: isoDate,
  }),
]);
export type CaseDecisionRequest = z.infer<typeof caseDecisionRequestSchema>;

export const decisionKinds = ['approve', 'confirmAdvance', 'reject'] as const;

export const caseDecisionRecordSchema = z.strictObject({
  kind: z.enum(decisionKinds),
  state: z.enum(['awaitingSecond', 'final']),
  proposedBy: who,
  proposedAt: z.iso.datetime({ offset: true }),
  secondBy: who.nullable(),
  secondAt: z.iso.datetime({ offset: true }).nullable(),
  exemptFrom: isoDate.nullable(),
  exemptUntil: isoDate.nullable(),
  refundCents: z.number().int().nonnegative(),
  reason: z.string().nullable(),
});
export type CaseDecisionRecord = z.infer<typeof caseDecisionRecordSchema>;

export const documentRequestSchema = z.strictObject({
  id: z.number().int().positive(),
  documents: z.array(z.string()),
  dueOn: isoDate,
  requestedAt: z.iso.datetime({ offset: true }),
  by: who,
});
export type DocumentRequest = z.infer<typeof documentRequestSchema>;

export const letterKinds = ['bescheid', 'unterlagen-angefordert'] as const;
export const caseLetterSchema = z.strictObject({
  id: z.number().int().positive(),
  kind: z.enum(letterKinds),
  createdAt: z.iso.datetime({ offset: true }),
});
export type CaseLetter = z.infer<typeof caseLetterSchema>;

export const caseUploadSchema = z.strictObject({
  id: z.number().int().positive(),
  name: z.string(),
  mediaType: z.enum(['image/jpeg', 'image/png', 'application/pdf']),
  receivedAt: z.iso.datetime({ offset: true }),
});
export type CaseUpload = z.infer<typeof caseUploadSchema>;

export const caseReviewStateSchema = z.strictObject({
  reference: submissionReferenceSchema,
  status: submissionStatusSchema,
  assignedTo: who.nullable(),
  receiptMarks: z.array(receiptMarkEntrySchema),
  incomeChecks: z.array(incomeCheckEntrySchema),
  decision: caseDecisionRecordSchema.nullable(),
  documentRequests: z.array(documentRequestSchema),
  uploads: z.array(caseUploadSchema),
  letters: z.array(caseLetterSchema),
  /** Refunds above this need a second, different caseworker's approval (four eyes; configuration). */
  fourEyesAboveCents: z.number().int().nonnegative(),
  /** The day the case and its bundle are deleted (docs/rules/retention.md). */
  deleteOn: isoDate,
});
export type CaseReviewState = z.infer<typeof caseReviewStateSchema>;

export const caseReviewProblemCodes = {
  /** 409: the bundle as stored fails verification now; nothing can be decided on it. */
  bundleInvalid: 'case.bundleInvalid',
  /** 409: approve while the recomputed co-payments stay below the limit. */
  limitNotReached: 'case.limitNotReached',
  /** 409: confirmAdvance on an application without an advance payment, or approve on one with it. */
  wrongDecision: 'case.wrongDecision',
  /** 409: the case already has a final decision, or one awaiting its second approval. */
  alreadyDecided: 'case.alreadyDecided',
  /** 409: nothing awaits a second approval. */
  nothingToApprove: 'case.nothingToApprove',
  /** 403: the second approval must come from another caseworker than the one who proposed the decision. */
  sameCaseworker: 'case.sameCaseworker',
  /** 404: no receipt, income, letter or upload with this id in the case. */
  itemNotFound: 'case.itemNotFound',
} as const;
