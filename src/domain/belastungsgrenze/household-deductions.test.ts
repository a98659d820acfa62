import { describe, expect, it } from 'vitest';
import type { Relation } from '../household/household-member';
import { householdDeductions } from './household-deductions';

const figures = { firstDependantCents: 711_900, furtherDependantCents: 474_600, childCents: 975_600 };
const members = (...list: [string, Relation][]) => list.map(([id, relation]) => ({ id, relation }));

describe('householdDeductions (§ 62 Abs. 2 S. 2–3 SGB V, limit-contract.md order)', () => {
  it('gives the spouse 15 % and each child the child figure', () => {
    const counted = members(['a', 'applicant'], ['s', 'spouse'], ['c1', 'child'], ['c2', 'child']);
    expect(householdDeductions(counted, figures)).toEqual([
      { memberId: 's', kind: 'firstDependant', amountCents: 711_900 },
      { memberId: 'c1', kind: 'child', amountCents: 975_600 },
      { memberId: 'c2', kind: 'child', amountCents: 975_600 },
    ]);
  });

  it('gives a single parent only the child figures', () => {
    const counted = members(['a', 'applicant'], ['c1', 'child'], ['c2', 'child']);
    expect(householdDeductions(counted, figures).map((d) => d.kind)).toEqual(['child', 'child']);
  });

  it('gives the first "other" 15 % when there is no spouse, further ones 10 %, children last', () => {
    const counted = members(['a', 'applicant'], ['k', 'child'], ['o1', 'other'], ['o2', 'other']);
    expect(householdDeductions(counted, figures)).toEqual([
      { memberId: 'o1', kind: 'firstDependant', amountCents: 711_900 },
      { memberId: 'o2', kind: 'furtherDependant', amountCents: 474_600 },
      { memberId: 'k', kind: 'child', amountCents: 975_600 },
    ]);
  });

  it('lists the spouse first and gives every "other" 10 % when there is a spouse', () => {
    const counted = members(['a', 'applicant'], ['o', 'other'], ['s', 'spouse']);
    expect(householdDeductions(counted, figures).map((d) => [d.memberId, d.kind])).toEqual([
      ['s', 'firstDependant'],
      ['o', 'furtherDependant'],
    ]);
  });

  it('gives the applicant alone no deduction', () => {
    expect(householdDeductions(members(['a', 'applicant']), figures)).toEqual([]);
  });
});
