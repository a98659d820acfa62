import type { Cents } from '../money/cents';
import type { HouseholdMember } from '../household/household-member';

export type DeductionKind = 'firstDependant' | 'furtherDependant' | 'child';

export type Deduction = { memberId: string; kind: DeductionKind; amountCents: Cents };

export type DeductionFigures = {
  firstDependantCents: Cents;
  furtherDependantCents: Cents;
  childCents: Cents;
};

/**
 * The deductions of § 62 Abs. 2 S. 2–3 SGB V for the counted members, in the contract's order:
 * the spouse → 15 %; each 'other' in input order → 15 % for the first non-child dependant when
 * there is no spouse, else 10 %; each counted child in input order → the child figure, which
 * replaces the 15 %/10 % figure (so a single parent gets only child figures). The applicant
 * gets none.
 */
export const householdDeductions = (
  counted: readonly Pick<HouseholdMember, 'id' | 'relation'>[],
  figures: DeductionFigures,
): Deduction[] => {
  const spouses = counted.filter((m) => m.relation === 'spouse');
  const others = counted.filter((m) => m.relation === 'other');
  const children = counted.filter((m) => m.relation === 'child');
  const dependants = [...spouses, ...others];
  return [
    ...dependants.map((m, index): Deduction =>
      index === 0
        ? { memberId: m.id, kind: 'firstDependant', amountCents: figures.firstDependantCents }
        : { memberId: m.id, kind: 'furtherDependant', amountCents: figures.furtherDependantCents },
    ),
    ...children.map((m): Deduction => ({ memberId: m.id, kind: 'child', amountCents: figures.childCents })),
  ];
};
