import { computeBelastungsgrenze } from '../belastungsgrenze/compute-belastungsgrenze';
import type { Deduction } from '../belastungsgrenze/household-deductions';
import { figuresForYear } from '../figures/figures-for-year';
import type { Cents } from '../money/cents';
import { ok, type LocalizedText, type Result } from '../validation/result';
import { countedPayments } from '../zuzahlung/counted-payments';
import { paymentTimeline } from '../zuzahlung/payment-timeline';
import type { FigureUsed } from '../belastungsgrenze/figures-used';
import type { LimitCaseData } from './limit-case-data';
import { limitCaseWarnings, type LimitCaseWarning } from './limit-case-warnings';

/** The output of the CLI `limit`: the contract's fields in the contract's order, then extras. */
export type LimitCaseOutput = {
  year: number;
  provisional: boolean;
  grossIncomeCents: Cents;
  deductions: Deduction[];
  assessableIncomeCents: Cents;
  ratePercent: 1 | 2;
  limitCents: Cents;
  countedMemberIds: string[];
  paidCents: Cents;
  limitReachedOn: string | null;
  refundCents: Cents;
  // extras (limit-contract.md: "Extra output fields are welcome")
  remainingCents: Cents;
  warnings: LimitCaseWarning[];
  explanation: {
    members: { memberId: string; counts: boolean; reason: string; text: LocalizedText }[];
    rate: LocalizedText;
    figures: FigureUsed[];
  };
};

/** Computes the contract output for a validated case or an application (limit-contract.md, docs/rules/rules.md §§ 2–3, 6). */
export const computeLimitCase = (input: LimitCaseData): Result<LimitCaseOutput> => {
  const figures = figuresForYear(input.year);
  if (!figures.ok) return figures;
  const result = computeBelastungsgrenze({
    figures: figures.value,
    welfare: input.welfare,
    members: input.members,
  });
  const timeline = paymentTimeline(
    countedPayments(input.payments, result.countedMemberIds),
    result.limitCents,
  );
  return ok({
    year: result.year,
    provisional: result.provisional,
    grossIncomeCents: result.grossIncomeCents,
    deductions: result.deductions,
    assessableIncomeCents: result.assessableIncomeCents,
    ratePercent: result.ratePercent,
    limitCents: result.limitCents,
    countedMemberIds: result.countedMemberIds,
    paidCents: timeline.paidCents,
    limitReachedOn: timeline.limitReachedOn,
    refundCents: timeline.refundCents,
    remainingCents: timeline.remainingCents,
    warnings: limitCaseWarnings(input, result),
    explanation: {
      members: result.memberDecisions.map((d) => ({
        memberId: d.memberId,
        counts: d.counts,
        reason: d.reason,
        text: d.explanation,
      })),
      rate: result.rateReason.explanation,
      figures: result.figuresUsed,
    },
  });
};
