import type { LocalizedText } from '../validation/result';
import { countReasonTexts, type CountReason } from './count-reasons';
import type { HouseholdMember } from './household-member';

export type CountDecision = {
  memberId: string;
  counts: boolean;
  reason: CountReason;
  explanation: LocalizedText;
};

type CountInput = Pick<
  HouseholdMember,
  'id' | 'relation' | 'birthDate' | 'familyInsured' | 'livesInCareHome'
>;

// The calendar year decides, not the birthday: a child counts for the whole year in which it
// turns 18 (`year − birthYear ≤ 18`, docs/rules/rules.md § 2). birthDate is ISO YYYY-MM-DD.
export const birthYearOf = (birthDate: string): number => Number(birthDate.slice(0, 4));

const decision = (member: CountInput, counts: boolean, reason: CountReason): CountDecision => ({
  memberId: member.id,
  counts,
  reason,
  explanation: countReasonTexts[reason],
});

/**
 * Whether a member counts for the household limit of `year` and why (§ 62 Abs. 2 S. 1 SGB V).
 * A member who joined during the year counts for the whole year (docs/rules/rules.md § 2), so no dates
 * other than the birth year matter.
 */
export const countDecision = (member: CountInput, year: number): CountDecision => {
  switch (member.relation) {
    case 'applicant':
      return decision(member, true, 'applicant');
    case 'spouse':
      return decision(member, true, member.livesInCareHome === true ? 'spouseInCareHome' : 'spouse');
    case 'other':
      return decision(member, true, 'otherDependant');
    case 'child':
      if (year - birthYearOf(member.birthDate) <= 18) return decision(member, true, 'childUpTo18');
      return member.familyInsured
        ? decision(member, true, 'childFamilyInsured')
        : decision(member, false, 'childOwnMembership');
  }
};

/** The members that count for `year`, in input order. */
export const countedMembers = <M extends CountInput>(members: readonly M[], year: number): M[] =>
  members.filter((member) => countDecision(member, year).counts);
