import type { AdvancePaymentStatus, ExemptionCard } from '../../src/api/contracts/advance-payment';
import type {
  SubmissionDecision,
  SubmissionReceipt,
  SubmissionState,
  SubmissionStatus,
} from '../../src/api/contracts/submission';
import type { AdvancePaymentFacts } from '../../src/documents/bundle/advance-payment-facts';
import type { QueueFacts } from '../../src/documents/bundle/queue-facts';
import { paymentReference } from '../../src/domain/vorauszahlung/payment-reference';
import { demoServiceInfo } from '../data/service-info';
import { applicantCaseStateOf, type StoredAuditEntry, type StoredCaseReview } from './case-review-store';

/**
 * What the insurer's server keeps of submissions: the bundles under their references, and per idempotency key
 * the fingerprint of the first request and the answer it got (IETF draft "The Idempotency-Key HTTP Header
 * Field"). Two implementations: memory in Node (tests reset it), IndexedDB in the browser (reloads and other
 * tabs see the same submissions, and a reference is never issued twice).
 */
export interface StoredSubmission extends SubmissionState {
  year: number;
  /** The bundle's Application-Id: one application per id, whatever the key (absent on older demo records). */
  applicationId?: string;
  bundle: Uint8Array;
  bundleBytes: number;
  /** An application for the advance payment: what the server keeps in advance_payments / exemption_statuses. */
  advance?: StoredAdvancePayment;
  /**
   * What the caseworker's queue shows, read from the bundle at receipt (the server's migration 7 columns).
   * Absent on demo records stored before the queue existed: they count as household size 1, claimed 0, no flags.
   */
  queue?: QueueFacts;
  /** The caseworker who opened the case first (the server's assigned_to / assigned_at). */
  assignedTo?: StoredAssignment;
  /** The caseworker's marks, decision, requests, letters and the applicant's uploads (absent until opened). */
  caseReview?: StoredCaseReview;
  /** The audit entries naming this case after its receipt, oldest first (the case history's lines). */
  audit?: StoredAuditEntry[];
  /** The members' parts the application cites, copied at receipt (the server's submission_member_parts). */
  memberParts?: StoredMemberPart[];
}

/** A member's bag kept with the case (issue 14): as the member handed it in, under its invitation. */
export interface StoredMemberPart {
  invitationId: string;
  /** The member's id in the application (members[].id). */
  memberId: string;
  sha256: string;
  bytes: Uint8Array;
}

export interface StoredAssignment {
  id: string;
  displayName: string;
  at: string;
}

/** The twin of the server's advance_payments row with its exemption_statuses rows (migration 4). */
export interface StoredAdvancePayment {
  status: AdvancePaymentStatus;
  covered: AdvancePaymentFacts['covered'];
  elsewhere: AdvancePaymentFacts['elsewhere'];
  /** Empty until the money arrived; one per covered person after. */
  exemptions: Omit<ExemptionCard, 'cardNumber' | 'insurerName'>[];
}

/** The expected payment as the server stores it with the submission, with the demo's reference style. */
export function expectedPayment(reference: string, facts: AdvancePaymentFacts): StoredAdvancePayment {
  return {
    status: {
      state: 'erwartet',
      year: facts.year,
      method: facts.method,
      option: facts.option,
      amountCents: facts.amountCents,
      paymentReference: paymentReference(
        reference,
        facts.year,
        demoServiceInfo.advancePayment.referenceStyle,
      ),
      ...(facts.debitOn ? { debitOn: facts.debitOn } : {}),
    },
    covered: facts.covered,
    elsewhere: facts.elsewhere,
    exemptions: [],
  };
}

/** The receipt as stored: the Abrufcode is derived again for every answer, never kept (mocks/handlers/abrufcode.ts). */
export type StoredReceipt = Omit<SubmissionReceipt, 'abrufcode'>;

/** The first answer to a key, repeated to every later request with that key and body (with the same code). */
export interface StoredAnswer {
  status: number;
  body: StoredReceipt;
}

export type KeyRecord =
  | { key: string; fingerprint: string; state: 'in-flight'; claimedAtMs: number }
  | { key: string; fingerprint: string; state: 'answered'; answer: StoredAnswer };

export type ClaimResult =
  | { kind: 'claimed' }
  | { kind: 'in-flight' }
  | { kind: 'reused' }
  | { kind: 'answered'; answer: StoredAnswer };

export interface NewSubmission {
  year: number;
  applicationId: string;
  receivedAt: string;
  manifestSha256: string;
  bundle: Uint8Array;
  advancePayment?: AdvancePaymentFacts;
  queue?: QueueFacts;
  memberParts?: StoredMemberPart[];
}

export interface SubmissionStore {
  /** Atomically looks the key up and, when it is new (or its claim was abandoned), marks it in flight. */
  claimKey(key: string, fingerprint: string, nowMs: number): Promise<ClaimResult>;
  /** Forgets an in-flight claim whose request failed before anything was stored. */
  releaseKey(key: string): Promise<void>;
  /**
   * Stores the bundle under the next reference of its year and the answer under the key, in one step. Throws
   * ApplicationAlreadySubmittedError, storing nothing and drawing no reference, when an application with the
   * same id is stored already: the check and the write are one step, so two racing keys cannot both pass.
   */
  storeSubmission(key: string, submission: NewSubmission): Promise<StoredAnswer>;
  getSubmission(reference: string): Promise<StoredSubmission | undefined>;
  updateSubmission(
    reference: string,
    change:
      | { status: SubmissionStatus; updatedAt: string; decision?: SubmissionDecision }
      | { advance: StoredAdvancePayment }
      | { assignedTo: StoredAssignment }
      | CaseChange,
  ): Promise<StoredSubmission | undefined>;
  /** Tests and the demo: everything stored, oldest first, and the state of a key. */
  listSubmissions(): Promise<StoredSubmission[]>;
  keyState(key: string): Promise<KeyRecord['state'] | undefined>;
  clear(): Promise<void>;
}

/** What a caseworker's step changes at once (the server's transaction): any of these together. */
export type CaseChange = {
  caseReview?: StoredCaseReview;
  audit?: StoredAuditEntry[];
  status?: SubmissionStatus;
  updatedAt?: string;
  decision?: SubmissionDecision;
  assignedTo?: StoredAssignment;
};

/** Another key already brought an application with this id (409 submission.alreadySubmitted). */
export class ApplicationAlreadySubmittedError extends Error {
  constructor() {
    super('An application with this Application-Id was already submitted');
    this.name = 'ApplicationAlreadySubmittedError';
  }
}

/**
 * A claim older than this was abandoned (its tab closed mid-request) and may be taken over. Longer than the
 * failure switch's largest latency (60 s), so a slow first request is never overtaken by its own retry.
 */
export const inFlightLeaseMs = 2 * 60 * 1000;

/** The decision both stores make on an existing key record; undefined means the key may be claimed. */
export function decideClaim(
  existing: KeyRecord | undefined,
  fingerprint: string,
  nowMs: number,
): Exclude<ClaimResult, { kind: 'claimed' }> | undefined {
  if (existing === undefined) return undefined;
  if (existing.fingerprint !== fingerprint) {
    const abandoned = existing.state === 'in-flight' && nowMs - existing.claimedAtMs >= inFlightLeaseMs;
    return abandoned ? undefined : { kind: 'reused' };
  }
  if (existing.state === 'answered') return { kind: 'answered', answer: existing.answer };
  return nowMs - existing.claimedAtMs >= inFlightLeaseMs ? undefined : { kind: 'in-flight' };
}

export function referenceFor(year: number, sequence: number): string {
  return `ZB-${year}-${String(sequence).padStart(6, '0')}`;
}

export function receiptOf(submission: StoredSubmission): StoredReceipt {
  const { reference, receivedAt, manifestSha256, bundleBytes } = submission;
  return { reference, receivedAt, manifestSha256, status: 'eingegangen', bundleBytes };
}

/** The status answer: the submission, and what the caseworker's work added for the applicant (requests, letters). */
export function stateOf(submission: StoredSubmission): SubmissionState {
  const { reference, status, receivedAt, updatedAt, manifestSha256, decision } = submission;
  return {
    reference,
    status,
    receivedAt,
    updatedAt,
    manifestSha256,
    ...(decision ? { decision } : {}),
    ...applicantCaseStateOf(reference, submission.caseReview, submission.advance !== undefined),
  };
}

/**
 * The status answer's advance payment part, as the server's advancePaymentStateOf builds it: the payment, and once
 * it arrived the cards (the demo insurer's name, the reference as card number) and those insured elsewhere.
 */
export function advanceStateOf(
  submission: StoredSubmission,
): Pick<SubmissionState, 'advancePayment' | 'exemptions' | 'exemptedElsewhere'> {
  const advance = submission.advance;
  if (!advance) return {};
  if (advance.status.state === 'erwartet') return { advancePayment: advance.status };
  return {
    advancePayment: advance.status,
    exemptions: advance.exemptions.map((exemption) => ({
      ...exemption,
      cardNumber: submission.reference,
      insurerName: demoServiceInfo.insurerName,
    })),
    exemptedElsewhere: advance.elsewhere,
  };
}
