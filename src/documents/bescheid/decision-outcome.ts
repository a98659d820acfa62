import type { ApplicationDocument } from '../../domain/application/application-document';
import { approvalOf } from '../../domain/case-review/approval';
import type { ReceiptJudgement } from '../../domain/case-review/receipt-mark';
import type { LimitCaseOutput } from '../../domain/limit-case/compute-limit-case';
import type { CoveredPerson } from '../../domain/vorauszahlung/covered-people';
import { letterNames, notCountedReceipts } from './bescheid-frame';
import type { BescheidLetter } from './bescheid-letter';

/** A final decision as stored: the kind and what it grants or why it refuses. */
export type FinalDecision = {
  kind: 'approve' | 'confirmAdvance' | 'reject';
  exemptFrom: string | null;
  exemptUntil: string | null;
  refundCents: number;
  reason: string | null;
};

/** A covered person's co-payment status as an approval stores it (the provider check reads it). */
export type GrantedExemption = Omit<CoveredPerson, 'kvnr'> & {
  kvnr: string;
  gueltigAb: string;
  gueltigBis: string;
};

export type DecisionOutcome = {
  /** What the Bescheid says (bescheid-letter.ts). */
  letter: BescheidLetter['decision'];
  /** What the applicant's status answer says (the contract's submission decision). */
  applicantDecision: {
    outcome: 'befreit' | 'abgelehnt';
    decidedAt: string;
    validFrom?: string;
    validUntil?: string;
    refundCents?: number;
    reason?: string;
    electronicNotification: boolean;
  };
  /** An approval's statuses, one per covered person with a KVNR; empty otherwise. */
  exemptions: GrantedExemption[];
};

/**
 * What a final decision writes, from the reviewed application: the letter's part, the applicant's view and the
 * exemption statuses. One function for the server (case-decision-routes.ts) and its msw twin, so both decide alike.
 * An approval exempts everyone counted and insured here (approvalOf); a confirmed advance payment names the same
 * people, whose statuses the payment's arrival stored already.
 */
export function decisionOutcome(
  document: ApplicationDocument,
  judgements: ReadonlyMap<string, ReceiptJudgement>,
  limit: LimitCaseOutput,
  decision: FinalDecision,
  decidedAt: string,
): DecisionOutcome {
  const applicantDecision: DecisionOutcome['applicantDecision'] = {
    outcome: decision.kind === 'reject' ? 'abgelehnt' : 'befreit',
    decidedAt,
    ...(decision.exemptFrom ? { validFrom: decision.exemptFrom } : {}),
    ...(decision.exemptUntil ? { validUntil: decision.exemptUntil } : {}),
    ...(decision.kind === 'approve' ? { refundCents: decision.refundCents } : {}),
    ...(decision.reason ? { reason: decision.reason } : {}),
    electronicNotification: document.declarations.electronicNotification === true,
  };
  const approval = approvalOf(document, limit);
  if (decision.kind === 'approve' && approval) {
    return {
      letter: {
        kind: 'befreit',
        exemptFrom: approval.exemptFrom,
        exemptUntil: approval.exemptUntil,
        refundCents: approval.refundCents,
        covered: letterNames(approval.covered),
        calculation: limit,
        notCounted: notCountedReceipts(document, judgements),
      },
      applicantDecision,
      exemptions: approval.covered.flatMap(({ kvnr, ...person }) =>
        kvnr === null
          ? []
          : [{ ...person, kvnr, gueltigAb: approval.exemptFrom, gueltigBis: approval.exemptUntil }],
      ),
    };
  }
  if (decision.kind === 'confirmAdvance' && decision.exemptFrom && decision.exemptUntil) {
    return {
      letter: {
        kind: 'vorauszahlung-bestaetigt',
        exemptFrom: decision.exemptFrom,
        exemptUntil: decision.exemptUntil,
        amountCents: document.advancePayment?.amountCents ?? 0,
        covered: letterNames(
          document.members.filter((m) => m.insurer === 'same' && (m.counts || m.relation === 'applicant')),
        ),
        calculation: limit,
      },
      applicantDecision,
      exemptions: [],
    };
  }
  return {
    letter: { kind: 'abgelehnt', reason: decision.reason ?? '', calculation: limit },
    applicantDecision,
    exemptions: [],
  };
}
