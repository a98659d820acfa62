import type { IncomeEntryAnswers } from '../../../domain/application/draft-answers';
import { incomeEntryStep, type CheckedIncomeEntry } from '../../../domain/application/steps/income-steps';
import { countableAnnualCents } from '../../../domain/income/income-countable-part';

export type IncomeEntryFigures = {
  checked: CheckedIncomeEntry;
  /** The part of the annual amount that counts (§ 62 Abs. 2 S. 1 SGB V; Elterngeld above the Sockelbetrag). */
  countedCents: number;
};

/** A stored entry checked like its page checks it; undefined while it is incomplete. */
export function incomeEntryFigures(
  entry: IncomeEntryAnswers,
  memberIds: readonly string[],
): IncomeEntryFigures | undefined {
  const result = incomeEntryStep({ memberIds }).safeParse(entry);
  if (!result.success) return undefined;
  const checked = result.data;
  return {
    checked,
    countedCents: countableAnnualCents({
      type: checked.type,
      annualCents: checked.annualCents,
      months: checked.months,
    }),
  };
}
