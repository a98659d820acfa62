import { expect } from 'vitest';
import { csrfHeader } from '../../src/api/contracts/caseworker-auth';
import {
  applicationInvitationsPath,
  applicationSecretHeader,
  applicationsPath,
  createdInvitationSchema,
  invitationOpenPath,
  memberPartContentType,
  memberPartPath,
  memberSessionSchema,
  registeredApplicationSchema,
  type CreatedInvitation,
  type InvitationRequest,
  type RegisteredApplication,
} from '../../src/api/contracts/invitations';
import { memberPartBag } from '../../src/documents/member-part/member-part-fixtures.test-support';

/** A request to the server under test (or a contract target): the path taken relative to its base URL. */
export type PathFetch = (path: string, init?: RequestInit) => Promise<Response>;

export type InvitationStepsOptions = {
  /** The applicant's given name as registered; log-privacy tests look for it. */
  applicantGivenName: string;
  /** Who is invited and opens the invitation unless a test names another member. */
  member: InvitationRequest;
  /** Headers every applicant request carries besides the application secret (the contract suite's empty cookie). */
  applicantHeaders?: Record<string, string>;
};

const json = { 'Content-Type': 'application/json' };

/**
 * The steps of issue 14's flow as the server and contract tests take them — register the application-to-be, invite
 * a member, open the invitation as the member's device, hand in a bag — so that every suite about invitations and
 * members' parts walks the flow the same way and a change to the API is made once here.
 */
export function invitationSteps(fetchPath: PathFetch, options: InvitationStepsOptions) {
  const applicantHeaders = options.applicantHeaders ?? {};

  const register = async (): Promise<RegisteredApplication> => {
    const response = await fetchPath(applicationsPath, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ year: 2026, applicantGivenName: options.applicantGivenName }),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    return registeredApplicationSchema.parse(await response.json());
  };

  /** The headers of an applicant's request: the application secret. */
  const applicant = (application: RegisteredApplication) => ({
    ...applicantHeaders,
    [applicationSecretHeader]: application.applicationSecret,
  });

  const invite = async (
    application: RegisteredApplication,
    member: InvitationRequest = options.member,
  ): Promise<CreatedInvitation> => {
    const response = await fetchPath(applicationInvitationsPath(application.applicationId), {
      method: 'POST',
      headers: { ...json, ...applicant(application) },
      body: JSON.stringify(member),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    return createdInvitationSchema.parse(await response.json());
  };

  const open = (invitation: CreatedInvitation, shortCode: string, birthDate = options.member.birthDate) =>
    fetchPath(invitationOpenPath, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ token: invitation.link.slice('/mitwirken/'.length), shortCode, birthDate }),
    });

  /** Opens the invitation as the member's device: the session, its cookie and the headers of a state change. */
  const openAsMember = async (invitation: CreatedInvitation, member: InvitationRequest = options.member) => {
    const opened = await open(invitation, invitation.shortCode, member.birthDate);
    expect(opened.status, await opened.clone().text()).toBe(200);
    const session = memberSessionSchema.parse(await opened.json());
    const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    return { session, cookie, change: { Cookie: cookie, [csrfHeader]: session.csrfToken } };
  };

  /** The fixtures' bag, made for this invitation and member. */
  const bagFor = (invitation: CreatedInvitation, member: InvitationRequest = options.member) =>
    memberPartBag({ invitationId: invitation.invitationId, memberId: member.memberId, year: 2026 });

  const putPart = (headers: Record<string, string>, bytes: Uint8Array) =>
    fetchPath(memberPartPath, {
      method: 'PUT',
      headers: { ...headers, 'Content-Type': memberPartContentType },
      body: bytes as Uint8Array<ArrayBuffer>,
    });

  return { register, applicant, invite, open, openAsMember, bagFor, putPart };
}
