import type { ApplicationDocument } from '../application/application-document';
import type { LimitCaseOutput } from '../limit-case/compute-limit-case';
import { approvalOf } from './approval';

export type DecisionRequest =
  { kind: 'approve' } | { kind: 'confirmAdvance' } | { kind: 'reject'; reason: string };

/** A decision as it is stored: final at once, or awaiting a second caseworker (four eyes). */
export type ProposedDecision = {
  kind: DecisionRequest['kind'];
  state: 'awaitingSecond' | 'final';
  exemptFrom: string | null;
  exemptUntil: string | null;
  refundCents: number;
  reason: string | null;
};

/** Why a decision cannot be taken; the API names it with the contract's problem code of the same name. */
export type DecisionRefusal = { refused: 'wrongDecision' | 'limitNotReached'; title: string };

/**
 * The decision a caseworker asks for, from the reviewed application (issue 13, deliverable 6), for the server and
 * its msw twin alike. An approval exempts from the day the limit was reached (approvalOf) and needs a second
 * caseworker when its refund is above `fourEyesAboveCents`; an advance payment is confirmed, not approved, and only
 * once its money arrived — its exemption runs from the arrival (`advanceExemption`, the first stored status).
 */
export function proposeDecision(
  request: DecisionRequest,
  document: ApplicationDocument,
  limit: LimitCaseOutput,
  options: {
    fourEyesAboveCents: number;
    /** The advance payment's state and first exemption status; undefined for an ordinary application. */
    advance:
      { arrived: boolean; exemption: { gueltigAb: string; gueltigBis: string } | undefined } | undefined;
  },
): ProposedDecision | DecisionRefusal {
  switch (request.kind) {
    case 'approve': {
      if (document.advancePayment)
        return { refused: 'wrongDecision', title: 'An advance payment is confirmed, not approved' };
      const approval = approvalOf(document, limit);
      if (!approval)
        return { refused: 'limitNotReached', title: 'The counted co-payments do not reach the limit' };
      return {
        kind: 'approve',
        state: approval.refundCents > options.fourEyesAboveCents ? 'awaitingSecond' : 'final',
        exemptFrom: approval.exemptFrom,
        exemptUntil: approval.exemptUntil,
        refundCents: approval.refundCents,
        reason: null,
      };
    }
    case 'confirmAdvance': {
      const advance = options.advance;
      if (!document.advancePayment || !advance)
        return { refused: 'wrongDecision', title: 'The application has no advance payment' };
      if (!advance.arrived || !advance.exemption)
        return { refused: 'wrongDecision', title: 'The advance payment has not arrived' };
      return {
        kind: 'confirmAdvance',
        state: 'final',
        exemptFrom: advance.exemption.gueltigAb,
        exemptUntil: advance.exemption.gueltigBis,
        refundCents: 0,
        reason: null,
      };
    }
    case 'reject':
      return {
        kind: 'reject',
        state: 'final',
        exemptFrom: null,
        exemptUntil: null,
        refundCents: 0,
        reason: request.reason,
      };
  }
}
