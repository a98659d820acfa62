import type { MemberIncome } from '../income/member-income';

// spouse = Ehegatte or eingetragener Lebenspartner; child = child, stepchild, foster child or
// grandchild of the applicant or the spouse; other = further Angehöriger (§ 8 Abs. 4 KVLG 1989).
// Everyone listed lives in the applicant's household (§ 62 Abs. 2 S. 1 SGB V): people outside
// it — unmarried partners, divorced spouses, parents — are never entered.
export const relations = ['applicant', 'spouse', 'child', 'other'] as const;

export type Relation = (typeof relations)[number];

export type HouseholdMember = {
  id: string;
  relation: Relation;
  /** ISO date YYYY-MM-DD. */
  birthDate: string;
  /** Familienversichert nach § 10 SGB V: decides whether a child counts from the year it turns 19. */
  familyInsured: boolean;
  /** Schwerwiegend chronisch krank (Chroniker-Richtlinie) or in a disease management programme. */
  chronicallyIll: boolean;
  /** Spouse permanently in a care home (§ 62 Abs. 2 S. 7 SGB V): still counts; shown in the reason. */
  livesInCareHome?: boolean;
  incomes: readonly MemberIncome[];
};
