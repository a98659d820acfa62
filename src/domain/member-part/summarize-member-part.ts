import { countableAnnualCents } from '../income/income-countable-part';
import type { IncomeType } from '../income/income-catalogue';
import { countsTowardLimit, type PaymentCategory } from '../zuzahlung/payment-category';
import type { MemberPartSummary } from './member-part-summary';

export type MemberPartSummaryInput = {
  incomes: readonly { type: IncomeType; annualCents: number; months?: number | null }[];
  chronicallyIll: boolean;
  receipts: readonly { countsOn: string; category: PaymentCategory; amountCents: number }[];
};

/** The figures of a member's part the applicant may receive (member-part-summary.ts), without the ids and hash. */
export type MemberPartFigures = Pick<MemberPartSummary, 'incomeCents' | 'reducedRate' | 'coPayments'>;

/**
 * What the applicant's calculation needs of a member's part, from the member's checked answers. The member's app
 * computes it, member-part.json states it, and the bag reader recomputes it and refuses a mismatch, so the server
 * can hand the applicant the figures without ever reading the member's receipts, incomes or diagnoses.
 *
 * - income: the countable part of each income (§ 62 Abs. 2 S. 1 SGB V; a parental allowance's base amount and
 *   incomes that do not count are left out, income-countable-part.ts);
 * - the 1 % rate follows from the member being schwerwiegend chronisch krank (§ 62 Abs. 1 S. 2 SGB V);
 * - co-payments: only categories that count toward the limit (§ 61 SGB V Zuzahlungen), by the day they count on,
 *   because the day the household's limit is reached needs the dates.
 */
export function summarizeMemberPart(input: MemberPartSummaryInput): MemberPartFigures {
  const incomeCents = input.incomes.reduce(
    (sum, { type, annualCents, months }) =>
      sum + countableAnnualCents({ type, annualCents, ...(months == null ? {} : { months }) }),
    0,
  );
  const coPayments = input.receipts
    .filter(({ category }) => countsTowardLimit(category))
    .map(({ countsOn, amountCents }) => ({ date: countsOn, amountCents }))
    // A stable sort: receipts of the same day keep the order the member gave them.
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { incomeCents, reducedRate: input.chronicallyIll, coPayments };
}
