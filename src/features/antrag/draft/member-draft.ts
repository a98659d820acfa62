import type { ApplicationDraft } from '../../../domain/application/application-draft';
import type { Answers } from '../../../domain/application/draft-answers';

/**
 * The answers a family member's own draft starts with (issue 14). The member is the draft's person, so the income,
 * chronic-illness and receipt pages ask about "Sie" and file every entry under the draft's person; the builder of
 * the member's part files them under the member's id in the applicant's draft. The household and the welfare
 * question are the applicant's: answered here as "nobody else" and "none" so that the member's sections open, and
 * never shown or sent.
 */
export function memberDraftAnswers(
  memberOf: NonNullable<ApplicationDraft['memberOf']>,
  birthDate: string,
): Answers {
  return {
    person: { givenName: memberOf.givenName, familyName: memberOf.familyName, birthDate },
    household: { members: [], complete: true },
    welfare: { kind: 'none' },
  };
}
