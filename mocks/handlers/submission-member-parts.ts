import { submissionProblemCodes as codes } from '../../src/api/contracts/submission';
import type { MemberPartSummary } from '../../src/domain/member-part/member-part-summary';
import { sameFigures } from '../../src/domain/member-part/same-figures';
import {
  mockApplications,
  mockInvitations,
  mockMemberParts,
  mockMemberSessions,
} from '../store/invitation-store';
import type { StoredMemberPart } from '../store/submission-store';
import { problem } from './problem';

/**
 * The twin of src/server/submissions/submission-member-parts.ts: the members' parts an application cites
 * (application.json `memberParts`, issue 14) are checked against the handed-in ones (same invitation, SHA-256,
 * member and figures) and copied into the case; once the case is stored, the applications in progress are marked
 * sent and their member sessions end.
 */
export type CitedPart = Pick<
  MemberPartSummary,
  'memberId' | 'invitationId' | 'sha256' | 'incomeCents' | 'reducedRate' | 'coPayments'
>;

/** The server's 422: the member's id and where the application cites the part, never its figures. */
export const memberPartUnknown = (memberId: string, index: number): Response =>
  problem(
    422,
    codes.memberPartUnknown,
    'The application cites a member’s part that is not handed in as cited; reload the parts and send again',
    [
      {
        path: `data/application.json memberParts[${index}]`,
        message: `member ${memberId}: no handed-in part with this invitation, SHA-256 and figures`,
      },
    ],
  );

/** The copies to keep with the case, or the first cited part that does not match (its member's id and index). */
export function copiesOfCitedParts(
  cited: readonly CitedPart[],
): StoredMemberPart[] | { memberId: string; index: number } {
  const copies: StoredMemberPart[] = [];
  for (const [index, part] of cited.entries()) {
    const invitation = mockInvitations.get(part.invitationId);
    const held = mockMemberParts.get(part.invitationId);
    const matches =
      invitation !== undefined &&
      held !== undefined &&
      held.sha256 === part.sha256 &&
      invitation.memberId === part.memberId &&
      sameFigures(held.summary, part);
    if (!matches) return { memberId: part.memberId, index };
    copies.push({
      invitationId: invitation.id,
      memberId: invitation.memberId,
      sha256: held.sha256,
      bytes: held.bytes.slice(),
    });
  }
  return copies;
}

/** After the case is stored: its parts' applications are sent (parts final, 409) and their members' sessions end. */
export function markApplicationsSent(copies: readonly StoredMemberPart[], nowMs: number): void {
  const applicationIds = new Set(
    copies.flatMap((copy) => {
      const invitation = mockInvitations.get(copy.invitationId);
      return invitation ? [invitation.applicationId] : [];
    }),
  );
  for (const id of applicationIds) {
    const application = mockApplications.get(id);
    if (application && application.sentAt === undefined) application.sentAt = nowMs;
  }
  for (const [key, session] of mockMemberSessions) {
    const invitation = mockInvitations.get(session.invitationId);
    if (invitation && applicationIds.has(invitation.applicationId)) mockMemberSessions.delete(key);
  }
}
