import type { MemberRelation } from '../../src/api/contracts/invitations';
import type { MemberPartSummary } from '../../src/domain/member-part/member-part-summary';

/**
 * The twin of the server's migration 9 and 10 tables (applications_in_progress, invitations, member_sessions,
 * member_parts), in memory:
 * a page reload of the static demo starts afresh, and so does the node server's run. Like the server it keeps
 * no secret in clear: the application secret, the link's token and member session ids as SHA-256, the short code
 * as the SHA-256 of invitation id and code (the mock has no secret to key an HMAC with; it stands in for a server
 * and holds nothing of value). Times are milliseconds of Date.now(): the mock's clock is the process's.
 */
export type MockApplication = {
  id: string;
  secretSha256: string;
  year: number;
  applicantGivenName: string;
  /** Set by the sending of the application (a later slice); from then on the members' parts are final. */
  sentAt?: number;
};

export type MockInvitation = {
  id: string;
  applicationId: string;
  tokenSha256: string;
  codeSha256: string;
  memberId: string;
  relation: MemberRelation;
  givenName: string;
  familyName: string;
  birthDate: string;
  createdAt: number;
  expiresAt: number;
  openedAt: number | null;
  handedInAt: number | null;
  withdrawnAt: number | null;
  lockedAt: number | null;
  failedAttempts: number;
  /** The applicant asked for changes since the last hand-in (the server's change_requested_at). */
  changeRequestedAt?: number;
};

/** A member's handed-in part: the bag as received, its SHA-256 and what the applicant may read of it. */
export type MockMemberPart = {
  sha256: string;
  bytes: Uint8Array;
  summary: Omit<MemberPartSummary, 'invitationId' | 'memberId' | 'sha256'>;
  handedInAt: number;
};

export type MockMemberSession = {
  invitationId: string;
  csrfToken: string;
  idleExpiresAt: number;
  absoluteExpiresAt: number;
};

export const mockApplications = new Map<string, MockApplication>();
export const mockInvitations = new Map<string, MockInvitation>();
/** Keyed by the SHA-256 of the session id. */
export const mockMemberSessions = new Map<string, MockMemberSession>();
/** Keyed by the invitation's id: one part per invitation. */
export const mockMemberParts = new Map<string, MockMemberPart>();

export const invitationsOf = (applicationId: string): MockInvitation[] =>
  [...mockInvitations.values()].filter((invitation) => invitation.applicationId === applicationId);

export const invitationByToken = (tokenSha256: string): MockInvitation | undefined =>
  [...mockInvitations.values()].find((invitation) => invitation.tokenSha256 === tokenSha256);

/** Tests: forget every application, invitation, member session and member's part. */
export function resetInvitationStore(): void {
  mockApplications.clear();
  mockInvitations.clear();
  mockMemberSessions.clear();
  mockMemberParts.clear();
}
