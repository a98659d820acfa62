import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { invitationHandlers } from './invitation-handlers';
import { resetInvitationStore } from '../store/invitation-store';
import { memberPartBag } from '../../src/documents/member-part/member-part-fixtures.test-support';
import { ApiError } from '../../src/api/api-error';
import { invitationProblemCodes as codes } from '../../src/api/contracts/invitations';
import {
  createInvitation,
  fetchMemberPartSummary,
  fetchMemberSession,
  fetchOwnPartState,
  handInMemberPart,
  listInvitations,
  logoutMember,
  openInvitation,
  registerApplication,
  requestPartChange,
  withdrawInvitation,
  withdrawMemberPart,
} from '../../src/api/invitation-client';

/*
 * The invitation client against the msw twin (held to the server by tests/contract/invitations.test.ts): every
 * call reaches its endpoint with its credentials, and answers come back parsed. One device plays both people
 * here: msw's cookie jar carries the member's session, which the applicant's calls must not carry, so the member
 * logs out before the applicant reads.
 */
const origin = 'https://invitation-client.test.invalid';
const server = setupServer(...invitationHandlers);

beforeAll(() => {
  vi.stubGlobal('location', new URL(`${origin}/`));
  vi.stubGlobal('window', { location: new URL(`${origin}/`) });
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => {
  server.close();
  vi.unstubAllGlobals();
  resetInvitationStore();
});

describe('invitation client', () => {
  it('invites, opens, hands in, reads the summary, asks for changes and withdraws', async () => {
    const credentials = await registerApplication({ year: 2026, applicantGivenName: 'Anna' });
    const member = {
      memberId: 's1',
      relation: 'spouse',
      givenName: 'Bernd',
      familyName: 'Beispiel',
      birthDate: '1968-03-14',
    } as const;
    const invitation = await createInvitation(credentials, member);
    const spare = await createInvitation(credentials, { ...member, memberId: 's2' });
    expect((await listInvitations(credentials)).invitations.map((item) => item.state)).toEqual([
      'open',
      'open',
    ]);
    await withdrawInvitation(credentials, spare.invitationId);

    const session = await openInvitation({
      token: invitation.link.slice('/mitwirken/'.length),
      shortCode: invitation.shortCode,
      birthDate: member.birthDate,
    });
    expect(session.memberId).toBe('s1');
    expect((await fetchMemberSession()).invitationId).toBe(invitation.invitationId);
    expect(await fetchOwnPartState()).toEqual({
      state: 'opened',
      changeRequested: false,
      applicationSent: false,
    });
    // The CSRF token of the session answer goes with every change.
    const handedIn = await handInMemberPart(
      memberPartBag({ invitationId: invitation.invitationId, memberId: 's1', year: 2026 }),
    );
    expect(handedIn.state).toBe('handedIn');
    expect((await fetchOwnPartState()).sha256).toBe(handedIn.sha256);
    await logoutMember();

    const summary = await fetchMemberPartSummary(credentials, invitation.invitationId);
    expect(summary).toMatchObject({ invitationId: invitation.invitationId, sha256: handedIn.sha256 });
    await requestPartChange(credentials, invitation.invitationId);
    const missing = await fetchMemberPartSummary(credentials, invitation.invitationId).catch(
      (error: unknown) => error,
    );
    expect(missing).toBeInstanceOf(ApiError);
    expect((missing as ApiError).code).toBe(codes.partNotFound);

    await openInvitation({
      token: invitation.link.slice('/mitwirken/'.length),
      shortCode: invitation.shortCode,
      birthDate: member.birthDate,
    });
    expect(await fetchOwnPartState()).toEqual({
      state: 'opened',
      changeRequested: true,
      applicationSent: false,
    });
    await withdrawMemberPart();
    await logoutMember();
  });
});
