import { memberSessionTimes, type MemberSession } from '../../api/contracts/invitations';
import type { Queryable } from '../db/database';
import { findApplication, findInvitation, type StoredInvitation } from './invitation-repository';
import type { ActiveMemberSession } from './member-sessions';

/** The session times of every member session (idle 30 minutes, at most 4 hours). */
export const memberTimes = memberSessionTimes;

/**
 * What open and GET member/session answer: the member's own names and relation, the year, the invitation's expiry
 * and the applicant's given name — nothing else about the applicant or the household. undefined when the
 * invitation is gone.
 */
export async function memberSessionAnswer(
  db: Queryable,
  session: ActiveMemberSession,
  known?: StoredInvitation,
): Promise<MemberSession | undefined> {
  const invitation = known ?? (await findInvitation(db, session.invitationId));
  const application = invitation ? await findApplication(db, invitation.applicationId) : undefined;
  if (!invitation || !application) return undefined;
  return {
    invitationId: invitation.id,
    memberId: invitation.memberId,
    year: application.year,
    invitedBy: { givenName: application.applicantGivenName },
    member: {
      givenName: invitation.givenName,
      familyName: invitation.familyName,
      relation: invitation.relation,
    },
    expiresAt: invitation.expiresAt.toISOString(),
    idleExpiresAt: session.idleExpiresAt.toISOString(),
    absoluteExpiresAt: session.absoluteExpiresAt.toISOString(),
    csrfToken: session.csrfToken,
  };
}
