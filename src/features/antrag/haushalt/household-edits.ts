import type { Answers, MemberAnswers } from '../../../domain/application/draft-answers';

type Household = NonNullable<Answers['household']>;

/** The draft holds at most 20 members (householdAnswersSchema); a 21st is not stored. */
export const maxMembers = 20;

/**
 * The member saved in place (by id) or added at the end. Adding someone makes the overview ask again whether
 * anyone else lives in the household, so `complete` goes back to false (GOV.UK add-another).
 */
export function upsertMember(previous: Household | undefined, member: MemberAnswers): Household {
  const members = previous?.members ?? [];
  const index = members.findIndex((entry) => entry.id === member.id);
  if (index >= 0) return { ...previous, members: members.map((entry, i) => (i === index ? member : entry)) };
  if (members.length >= maxMembers) return { ...previous, members };
  return { ...previous, members: [...members, member], complete: false };
}

type Incomes = NonNullable<Answers['incomes']>;
type Chronic = NonNullable<Answers['chronic']>;

// Removing a member removes everything the draft holds about them: their entry in the household, their income
// entries and "no income" mark, their chronic-illness answers and the proofs uploaded for those. Data about a
// person who is no longer listed has no purpose in the application (Art. 5 Abs. 1 lit. c DSGVO) and would
// otherwise still reach the insurer. Each section is changed from its latest state (updateAnswers).

export function withoutMember(household: Household, memberId: string): Household {
  return { ...household, members: (household.members ?? []).filter((member) => member.id !== memberId) };
}

export function withoutMemberIncomes(incomes: Incomes, memberId: string): Incomes {
  return {
    ...incomes,
    ...(incomes.entries && { entries: incomes.entries.filter((entry) => entry.memberId !== memberId) }),
    ...(incomes.noIncomeMemberIds && {
      noIncomeMemberIds: incomes.noIncomeMemberIds.filter((id) => id !== memberId),
    }),
  };
}

export function withoutMemberChronic(chronic: Chronic, memberId: string): Chronic {
  return {
    ...chronic,
    ...(chronic.members && { members: chronic.members.filter((entry) => entry.memberId !== memberId) }),
  };
}

/** The proofs that belong to the member alone: income proofs and chronic-illness certificates. */
export function filesOfMember(answers: Answers, memberId: string): string[] {
  const entries = (answers.incomes?.entries ?? []).filter((entry) => entry.memberId === memberId);
  const chronic = (answers.chronic?.members ?? []).filter((entry) => entry.memberId === memberId);
  return [
    ...entries.flatMap((entry) => entry.proofFileIds ?? []),
    ...chronic.flatMap((entry) => entry.certificateFileIds ?? []),
  ];
}
