import { z } from 'zod';
import { apiFetch } from './api-fetch';
import { csrfHeader } from './contracts/caseworker-auth';
import {
  applicantPartSchema,
  applicationInvitationPartPath,
  applicationInvitationPath,
  applicationInvitationsPath,
  applicationSecretHeader,
  applicationsPath,
  changeRequestPath,
  createdInvitationSchema,
  handedInPartSchema,
  invitationListSchema,
  invitationOpenPath,
  memberLogoutPath,
  memberPartContentType,
  memberPartPath,
  memberPartStateSchema,
  memberSessionPath,
  memberSessionSchema,
  registeredApplicationSchema,
  type CreatedInvitation,
  type HandedInPart,
  type InvitationList,
  type InvitationRequest,
  type MemberPartState,
  type MemberSession,
  type OpenInvitationRequest,
  type RegisterApplicationRequest,
  type RegisteredApplication,
} from './contracts/invitations';
import type { MemberPartSummary } from '../domain/member-part/member-part-summary';

/*
 * The calls of family invitations (issue 14, ADR 0024), each answer checked with its contract: the applicant's
 * (registration, invitations, the members' parts' summaries, change requests) with the application secret the
 * draft keeps, and the member's (opening, session, their own part) with the member's session cookie and its CSRF
 * token. Like the caseworker's (caseworker-session.ts), the member's CSRF token is kept in this module's memory
 * only, never in storage another script or a later visitor of the device could read; a reload loses it and the
 * next GET session brings it back.
 */

/** The applicant's credentials for their application in progress (registeredApplicationSchema). */
export type ApplicantCredentials = RegisteredApplication;

/** Answers without a body (204). */
const noContent = z.undefined();

const applicantHeaders = (credentials: ApplicantCredentials): Record<string, string> => ({
  [applicationSecretHeader]: credentials.applicationSecret,
});

export const registerApplication = (request: RegisterApplicationRequest): Promise<RegisteredApplication> =>
  apiFetch(applicationsPath, registeredApplicationSchema, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });

export const createInvitation = (
  credentials: ApplicantCredentials,
  request: InvitationRequest,
): Promise<CreatedInvitation> =>
  apiFetch(applicationInvitationsPath(credentials.applicationId), createdInvitationSchema, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...applicantHeaders(credentials) },
    body: JSON.stringify(request),
  });

export const listInvitations = (credentials: ApplicantCredentials): Promise<InvitationList> =>
  apiFetch(applicationInvitationsPath(credentials.applicationId), invitationListSchema, {
    headers: applicantHeaders(credentials),
  });

export const withdrawInvitation = async (
  credentials: ApplicantCredentials,
  invitationId: string,
): Promise<void> => {
  await apiFetch(applicationInvitationPath(credentials.applicationId, invitationId), noContent, {
    method: 'DELETE',
    headers: applicantHeaders(credentials),
  });
};

/** What the applicant's app receives of a member's handed-in part: the summary only (404 until handed in). */
export const fetchMemberPartSummary = (
  credentials: ApplicantCredentials,
  invitationId: string,
): Promise<MemberPartSummary> =>
  apiFetch(applicationInvitationPartPath(credentials.applicationId, invitationId), applicantPartSchema, {
    headers: applicantHeaders(credentials),
  });

/** Asks the member for changes (no message: it could carry health data); the invitation is 'opened' again. */
export const requestPartChange = async (
  credentials: ApplicantCredentials,
  invitationId: string,
): Promise<void> => {
  await apiFetch(changeRequestPath(credentials.applicationId, invitationId), noContent, {
    method: 'POST',
    headers: applicantHeaders(credentials),
  });
};

let memberCsrfToken: string | undefined;

function remember(session: MemberSession): MemberSession {
  memberCsrfToken = session.csrfToken;
  return session;
}

/** Forgets the member's CSRF token (after logout, or when the server says the session has ended). */
export function forgetMemberSession(): void {
  memberCsrfToken = undefined;
}

/** The header every state-changing member request carries: the session's CSRF token. */
const memberChangeHeaders = (): Record<string, string> =>
  memberCsrfToken === undefined ? {} : { [csrfHeader]: memberCsrfToken };

export const openInvitation = async (request: OpenInvitationRequest): Promise<MemberSession> =>
  remember(
    await apiFetch(invitationOpenPath, memberSessionSchema, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    }),
  );

/** GET session: for a reload; it does not move the session's idle end. */
export const fetchMemberSession = async (): Promise<MemberSession> =>
  remember(await apiFetch(memberSessionPath, memberSessionSchema));

export const logoutMember = async (): Promise<void> => {
  try {
    await apiFetch(memberLogoutPath, noContent, { method: 'POST', headers: memberChangeHeaders() });
  } finally {
    forgetMemberSession();
  }
};

/** Hands in the member's own bag (application/zip); handing in again replaces it. */
export const handInMemberPart = (bytes: Uint8Array): Promise<HandedInPart> =>
  apiFetch(memberPartPath, handedInPartSchema, {
    method: 'PUT',
    headers: { 'Content-Type': memberPartContentType, ...memberChangeHeaders() },
    // fetch takes no view on a SharedArrayBuffer: copy only when the bytes live in one.
    body: bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes),
  });

/** Withdraws the member's part until the application is sent (409 afterwards). */
export const withdrawMemberPart = async (): Promise<void> => {
  await apiFetch(memberPartPath, noContent, { method: 'DELETE', headers: memberChangeHeaders() });
};

/** The member's own part's state: handed in (with its SHA-256 and when) or not, and whether changes were asked. */
export const fetchOwnPartState = (): Promise<MemberPartState> =>
  apiFetch(memberPartPath, memberPartStateSchema);
