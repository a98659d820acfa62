import type { ApiProblem } from './api-problem';
import type { LocalizedText } from '../../domain/validation/result';

type ProblemErrors = NonNullable<ApiProblem['errors']>;

/** As for applicants' bundles: enough to fix a bag, not a list that grows with a hostile one. */
const maxListedProblems = 20;

/**
 * The `errors` of the 422 for a member's bag the reader refuses. Part of the contract and pure, so that the server
 * (member-part-routes.ts) and its mock (mocks/handlers/invitation-handlers.ts) answer alike.
 */
export const refusedBagErrors = (
  problems: readonly { path: string; message: LocalizedText }[],
): ProblemErrors =>
  problems
    .slice(0, maxListedProblems)
    .map((problem) => ({ path: problem.path, message: problem.message.en }));

/** Whom a bag was made for, as member-part.json says, or as the invitation it is handed in under says. */
export type PartOwner = { invitationId: string; memberId: string; year: number };

/**
 * The `errors` of the 422 for a valid bag made for another invitation: which field differs, never the values
 * (they are the member's and the applicant's). Empty when the bag belongs to `invitation`.
 */
export function notThisInvitationErrors(part: PartOwner, invitation: PartOwner): ProblemErrors {
  return (['invitationId', 'memberId', 'year'] as const)
    .filter((field) => part[field] !== invitation[field])
    .map((field) => ({
      path: `data/member-part.json ${field}`,
      message: `is not this invitation's ${field}`,
    }));
}
