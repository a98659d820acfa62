import type { LimitCaseIncomeType } from '../income/income-catalogue';
import type { MemberIncome } from '../income/member-income';
import type { LimitCasePayment } from '../limit-case/limit-case-data';
import type { MemberPartSummary } from '../member-part/member-part-summary';
import type { LimitCasePaymentCategory } from '../zuzahlung/payment-category';

/**
 * The income type a member's part enters the rule engine as. The part's `incomeCents` is already the countable sum
 * (§ 62 Abs. 2 S. 1 SGB V), computed on the member's device with the very countableAnnualCents the engine uses
 * (a parental allowance's base amount already taken out), so it must go in as a type that counts as a whole and has
 * no rule taking a part out: 'wages' counts 'yes' (income-countable-part.ts gives back the whole amount), and it is
 * one of the CLI contract's types (limit-contract.md), so the same case can be handed to `npm run limit`. Not
 * 'other', which also counts as a whole but asks a caseworker to classify it: the member's own bag shows the kinds.
 * The kind is not known to the applicant and must not be shown as theirs: pages and documents say "separately
 * provided" for such a member instead of naming an income type.
 */
export const memberPartIncomeType = 'wages' satisfies LimitCaseIncomeType;

/**
 * The category a member's co-payment enters the rule engine as. The part holds only counted co-payments (§ 61
 * SGB V Zuzahlungen), their dates and amounts; the engine adds every counting category alike on its date (payment-
 * timeline.ts), so any counting one gives the same limit-reached date and refund. 'medicine' is the plainest: a
 * Zuzahlung under § 61 S. 1 SGB V that counts toward the limit (§ 62 Abs. 1 SGB V), one of the CLI contract's
 * categories, and it raises no warning for an adult (only adults are invited, ADR 0024). Shown nowhere as the
 * member's category: the applicant never learns it (ADR 0024).
 */
export const memberPartPaymentCategory = 'medicine' satisfies LimitCasePaymentCategory;

/** The member's whole countable income of the year, as one engine income. */
export const memberPartIncomes = (part: MemberPartSummary): MemberIncome[] => [
  { type: memberPartIncomeType, annualCents: part.incomeCents },
];

/** Each counted co-payment of the member's part, on its own date (the date the limit is reached needs them). */
export const memberPartPayments = (part: MemberPartSummary): LimitCasePayment[] =>
  part.coPayments.map(({ date, amountCents }) => ({
    memberId: part.memberId,
    date,
    category: memberPartPaymentCategory,
    amountCents,
  }));
