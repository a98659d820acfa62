import type { ExemptionCard } from '../../src/api/contracts/advance-payment';
import type {
  CaseDecisionRecord,
  CaseLetter,
  CaseUpload,
  DocumentRequest,
  IncomeCheckEntry,
  ReceiptMarkEntry,
} from '../../src/api/contracts/case-review';
import type { CaseHistory } from '../../src/api/contracts/caseworker-auth';
import type { SubmissionState } from '../../src/api/contracts/submission';
import type { ReceiptJudgement } from '../../src/domain/case-review/receipt-mark';
import { demoServiceInfo } from '../data/service-info';

/**
 * The caseworker's work on one case as the mock keeps it with the submission: the twin of the server's migration 8
 * tables (case_marks, case_decisions, document_requests, case_letters, case_uploads, and the exemption_statuses an
 * approval writes). Letters and uploads keep their bytes, so a letter is served byte for byte as it was made.
 */
export interface StoredCaseReview {
  receiptMarks: ReceiptMarkEntry[];
  incomeChecks: IncomeCheckEntry[];
  decision: CaseDecisionRecord | null;
  documentRequests: DocumentRequest[];
  letters: (CaseLetter & { pdf: Uint8Array })[];
  uploads: (CaseUpload & { bytes: Uint8Array })[];
  /** The cards an approval grants (an advance payment keeps its own with the payment). */
  exemptions: Omit<ExemptionCard, 'cardNumber' | 'insurerName'>[];
}

/** One line of the server's audit_log naming the case, as the case history shows it. */
export type StoredAuditEntry = CaseHistory['entries'][number];

export const emptyCaseReview = (): StoredCaseReview => ({
  receiptMarks: [],
  incomeChecks: [],
  decision: null,
  documentRequests: [],
  letters: [],
  uploads: [],
  exemptions: [],
});

/**
 * One step on a case at a time, the caseworker's and the applicant's alike: each reads the case, decides and
 * writes, as the server does in its transactions and row locks.
 */
let working: Promise<unknown> = Promise.resolve();
export const caseStep = <T>(work: () => Promise<T>): Promise<T> => {
  const next = working.then(work, work);
  working = next.catch(() => undefined);
  return next;
};

/** The receipts' judgements, as the rule engine's review takes them (reviewedLimit). */
export const receiptJudgements = (review: StoredCaseReview): Map<string, ReceiptJudgement> =>
  new Map(review.receiptMarks.map((entry) => [entry.receiptId, { mark: entry.mark, reason: entry.reason }]));

/** The next id of a letter or upload in the case (the server's are drawn from one sequence per table). */
export const nextId = (items: readonly { id: number }[]): number =>
  items.reduce((highest, item) => Math.max(highest, item.id), 0) + 1;

/**
 * What the applicant's status answer adds once a caseworker worked on the case, as the server's
 * applicantCaseState builds it: requests, letters, uploads (names and times only) and, after an approval, the
 * cards. Nothing of the marks.
 */
export function applicantCaseStateOf(
  reference: string,
  review: StoredCaseReview | undefined,
  hasAdvancePayment: boolean,
): Pick<SubmissionState, 'documentRequests' | 'letters' | 'uploads' | 'exemptions'> {
  if (!review) return {};
  const exemptions = hasAdvancePayment
    ? []
    : [...review.exemptions].sort((a, b) => (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0));
  return {
    ...(review.documentRequests.length
      ? {
          documentRequests: review.documentRequests.map(({ documents, dueOn, requestedAt }) => ({
            documents,
            dueOn,
            requestedAt,
          })),
        }
      : {}),
    ...(review.letters.length
      ? { letters: review.letters.map(({ id, kind, createdAt }) => ({ id, kind, createdAt })) }
      : {}),
    ...(review.uploads.length
      ? { uploads: review.uploads.map(({ name, receivedAt }) => ({ name, receivedAt })) }
      : {}),
    ...(exemptions.length
      ? {
          exemptions: exemptions.map((exemption) => ({
            ...exemption,
            cardNumber: reference,
            insurerName: demoServiceInfo.insurerName,
          })),
        }
      : {}),
  };
}
