import type { HouseholdMember } from '../household/household-member';
import { incomeCatalogue, type IncomeType } from '../income/income-catalogue';
import type { IncomeCounts } from '../income/income-type-info';
import { countableAnnualCents } from '../income/income-countable-part';
import { sumCents, type Cents } from '../money/cents';
import type { Welfare } from './welfare';

export type IncomeLine = {
  memberId: string;
  type: IncomeType;
  annualCents: Cents;
  counts: IncomeCounts;
  countableCents: Cents;
};

export type GrossIncome = {
  basis: 'incomes' | 'flatWelfare';
  grossIncomeCents: Cents;
  /** Every income of the counted members with its countable part; empty under the flat rule. */
  incomeLines: IncomeLine[];
};

/**
 * Bruttoeinnahmen zum Lebensunterhalt of the counted members for the year (§ 62 Abs. 2 S. 1 SGB V).
 * Flat rule (§ 62 Abs. 2 S. 5–6 SGB V): on welfare, the whole household's gross income is once
 * 12 × Regelbedarfsstufe 1 and the entered incomes are ignored, whatever they are.
 */
export const grossIncome = (
  counted: readonly Pick<HouseholdMember, 'id' | 'incomes'>[],
  welfare: Welfare,
  regelbedarfsstufe1MonthlyCents: Cents,
): GrossIncome => {
  if (welfare !== 'none') {
    return { basis: 'flatWelfare', grossIncomeCents: 12 * regelbedarfsstufe1MonthlyCents, incomeLines: [] };
  }
  const incomeLines = counted.flatMap((member) =>
    member.incomes.map((income): IncomeLine => ({
      memberId: member.id,
      type: income.type,
      annualCents: income.annualCents,
      counts: incomeCatalogue[income.type].counts,
      countableCents: countableAnnualCents(income),
    })),
  );
  return {
    basis: 'incomes',
    grossIncomeCents: sumCents(incomeLines.map((line) => line.countableCents)),
    incomeLines,
  };
};
