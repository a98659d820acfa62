import type { Cents } from '../money/cents';
import type { IncomeType } from './income-catalogue';

/** One income of a household member for the calendar year applied for (BSG 22.04.2008, B 1 KR 10/07 R). */
export type MemberIncome = {
  type: IncomeType;
  /** Gross amount for the whole calendar year. */
  annualCents: Cents;
  /**
   * Months of the year in which it was received (1–12). Only used for parental allowance, whose
   * monthly base amount does not count; when missing, 12 is assumed (see income-countable-part.ts).
   */
  months?: number;
};
