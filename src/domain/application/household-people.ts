import type { CountDecision } from '../household/counted-members';
import type { Relation } from '../household/household-member';

/** A person of the household as the pages show them; computed once per draft by checkApplication. */
export type HouseholdPerson = {
  id: string;
  relation: Relation;
  /** As typed; undefined while not entered. */
  name: string | undefined;
  /** Whether and why the person counts for the year; undefined while their details are incomplete. */
  decision: CountDecision | undefined;
};
