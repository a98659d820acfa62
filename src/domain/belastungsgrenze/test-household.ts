// Test fixtures shared by the Belastungsgrenze tests: a year's figures and members with sensible defaults.
import { figuresForYear } from '../figures/figures-for-year';
import type { YearFigures } from '../figures/year-figures';
import type { HouseholdMember } from '../household/household-member';

export const figures = (year: number): YearFigures => {
  const result = figuresForYear(year);
  if (!result.ok) throw new Error(result.problem.message.en);
  return result.value;
};

let next = 0;

export const member = (
  relation: HouseholdMember['relation'],
  extra: Partial<HouseholdMember> = {},
): HouseholdMember => ({
  id: `m${++next}`,
  relation,
  birthDate: relation === 'child' ? '2015-01-01' : '1980-01-01',
  familyInsured: relation === 'child',
  chronicallyIll: false,
  incomes: [],
  ...extra,
});

export const wages = (annualCents: number) => [{ type: 'wages' as const, annualCents }];
