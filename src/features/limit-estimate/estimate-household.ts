import type { Welfare } from '../../domain/belastungsgrenze/welfare';
import type { HouseholdMember } from '../../domain/household/household-member';
import type { LimitEstimate } from './limit-estimate-schema';

/**
 * Turns the quick estimate's answers into the household the rule engine expects. The estimate asks only for
 * counted children and dependants, so each gets a birth date that counts in the year; the whole household income
 * is put on the applicant, which gives the same gross income (§ 62 Abs. 2 S. 1 SGB V adds up all members').
 */
export function estimateHousehold(estimate: LimitEstimate): { members: HouseholdMember[]; welfare: Welfare } {
  const chronic = estimate.chronic === 'yes';
  const members: HouseholdMember[] = [
    {
      id: 'applicant',
      relation: 'applicant',
      birthDate: `${estimate.year - 40}-01-01`,
      familyInsured: false,
      chronicallyIll: chronic,
      incomes: [{ type: 'wages', annualCents: estimate.income }],
    },
  ];
  if (estimate.spouse === 'yes') {
    members.push({
      id: 'spouse',
      relation: 'spouse',
      birthDate: `${estimate.year - 40}-01-01`,
      familyInsured: false,
      chronicallyIll: false,
      incomes: [],
    });
  }
  for (let i = 1; i <= estimate.others; i += 1) {
    members.push({
      id: `other-${i}`,
      relation: 'other',
      birthDate: `${estimate.year - 60}-01-01`,
      familyInsured: true,
      chronicallyIll: false,
      incomes: [],
    });
  }
  for (let i = 1; i <= estimate.children; i += 1) {
    members.push({
      id: `child-${i}`,
      relation: 'child',
      birthDate: `${estimate.year - 10}-01-01`,
      familyInsured: true,
      chronicallyIll: false,
      incomes: [],
    });
  }
  return { members, welfare: estimate.welfare };
}
