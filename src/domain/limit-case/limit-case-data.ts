import type { Welfare } from '../belastungsgrenze/welfare';
import type { HouseholdMember } from '../household/household-member';
import type { Cents } from '../money/cents';
import type { PaymentCategory } from '../zuzahlung/payment-category';

/**
 * What the limit is computed from. The CLI's validated input (limit-case-schema.ts) is one such value; the wizard's
 * draft gives another (application/application-limit-case.ts), with the app's wider catalogues of incomes and
 * payment kinds. Both go through the same computeLimitCase, so the page and the CLI cannot disagree.
 */
export type LimitCaseData = {
  year: number;
  welfare: Welfare;
  members: readonly HouseholdMember[];
  payments: readonly LimitCasePayment[];
};

export type LimitCasePayment = {
  memberId: string;
  /** ISO date the payment counts on. */
  date: string;
  category: PaymentCategory;
  amountCents: Cents;
};
