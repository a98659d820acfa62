import type { MemberRelation } from '../../src/api/contracts/invitations';

/**
 * The twin of the server's migration 9 tables (applications_in_progress, invitations, member_sessions), in memory:
 * a page reload of the static demo starts afresh, and so does the node server's run. Like the server it keeps
 * no secret in clear: the application secret, the link's token and member session ids as SHA-256, the short code
 * as the SHA-256 of invitation id and code (the mock has no secret to key an HMAC with; it stands in for a server
 * and holds nothing of value). Times are milliseconds of Date.now(): the mock's clock is the process's.
 */
export type MockApplication = { id: string; secretSha256: string; year: number; applicantGivenName: string };

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

export const invitationsOf = (applicationId: string): MockInvitation[] =>
  [...mockInvitations.values()].filter((invitation) => invitation.applicationId === applicationId);

export const invitationByToken = (tokenSha256: string): MockInvitation | undefined =>
  [...mockInvitations.values()].find((invitation) => invitation.tokenSha256 === tokenSha256);

/** Tests: forget every application, invitation and member session. */
export function resetInvitationStore(): void {
  mockApplications.clear();
  mockInvitations.clear();
  mockMemberSessions.clear();
}
