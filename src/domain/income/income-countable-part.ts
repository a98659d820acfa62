import type { Cents } from '../money/cents';
import { incomeCatalogue, type IncomeType } from './income-catalogue';
import type { MemberIncome } from './member-income';

// Elterngeld counts only above a Sockelbetrag of 300 € a month, ElterngeldPlus above 150 €
// (docs/rules/rules.md § 5; VZ Brandenburg, AOK Rechtsdatenbank). Kept simple: base amount × months
// received in the year, subtracted from the annual total, never below 0.
export const parentalAllowanceMonthlyBaseCents: Partial<Record<IncomeType, Cents>> = {
  parentalAllowance: 30_000,
  parentalAllowancePlus: 15_000,
};

// Decision where the entry has no months: assume the whole year (12). That exempts the most
// and so never raises a limit by a guess; the app asks for the months when it asks for the amount.
const DEFAULT_MONTHS = 12;

/**
 * The part of an income that counts as Bruttoeinnahmen zum Lebensunterhalt (§ 62 Abs. 2 S. 1 SGB V).
 * - counts 'no' → 0; counts 'yes' → the whole amount;
 * - parental allowance → only the part above the monthly base amount × months;
 * - accident pension → the whole amount as entered: its BVG-Grundrente part (§ 62 Abs. 2 S. 4)
 *   is entered separately as 'basicPensionBVG', which does not count.
 */
export const countableAnnualCents = (income: MemberIncome): Cents => {
  if (incomeCatalogue[income.type].counts === 'no') return 0;
  const monthlyBase = parentalAllowanceMonthlyBaseCents[income.type];
  if (monthlyBase === undefined) return income.annualCents;
  const months = Math.min(12, Math.max(0, Math.trunc(income.months ?? DEFAULT_MONTHS)));
  return Math.max(0, income.annualCents - monthlyBase * months);
};
