import { countDecision, type CountDecision } from '../household/counted-members';
import type { Relation } from '../household/household-member';
import type { ApplicationDraft } from './application-draft';
import { applicantId } from './draft-answers';
import { memberStep } from './steps/household-steps';
import type { StepContext } from './steps/step-context';

export type HouseholdPerson = {
  id: string;
  relation: Relation;
  /** As typed; undefined while not entered. */
  name: string | undefined;
  /** Whether and why the person counts for the year; undefined while their details are incomplete. */
  decision: CountDecision | undefined;
};

const nameOf = (givenName?: string, familyName?: string): string | undefined => {
  const name = `${givenName ?? ''} ${familyName ?? ''}`.trim();
  return name === '' ? undefined : name;
};

/** The applicant and every household member entered, each with their count decision for the draft's year. */
export function householdPeople(draft: ApplicationDraft, context: StepContext): HouseholdPerson[] {
  const person = draft.answers.person ?? {};
  const applicant: HouseholdPerson = {
    id: applicantId,
    relation: 'applicant',
    name: nameOf(person.givenName, person.familyName),
    decision: countDecision(
      { id: applicantId, relation: 'applicant', birthDate: '1900-01-01', familyInsured: false },
      context.year,
    ),
  };
  const members = (draft.answers.household?.members ?? []).map((member): HouseholdPerson => {
    const checked = memberStep(context).safeParse(member);
    return {
      id: member.id,
      relation: member.relation ?? 'other',
      name: nameOf(member.givenName, member.familyName),
      decision: checked.success ? countDecision(checked.data, context.year) : undefined,
    };
  });
  return [applicant, ...members];
}

/** The people whose incomes and illnesses matter: the applicant and every member who counts for the year. */
export function countedPeople(draft: ApplicationDraft, context: StepContext): HouseholdPerson[] {
  return householdPeople(draft, context).filter((person) => person.decision?.counts === true);
}
