import { expect, it, vi } from 'vitest';
import { caseworkerProblemCodes as authCodes, csrfHeader } from '../../src/api/contracts/caseworker-auth';
import { caseQueuePath } from '../../src/api/contracts/caseworker-queue';
import {
  applicationInvitationPath,
  applicationInvitationsPath,
  applicationSecretHeader,
  applicationsPath,
  createdInvitationSchema,
  invitationListSchema,
  invitationOpenPath,
  invitationProblemCodes as codes,
  memberLogoutPath,
  memberSessionCookie,
  memberSessionPath,
  memberSessionSchema,
  registeredApplicationSchema,
  type CreatedInvitation,
  type InvitationRequest,
  type RegisteredApplication,
} from '../../src/api/contracts/invitations';
import type { InvitationState } from '../../src/domain/invitations/invitation-state';
import { expectProblem } from './support/contract-requests';
import { describeEachTarget } from './support/use-target';

/*
 * Invitations of family members (issue 14, first slice) against the mock and the server on PGlite and PostgreSQL:
 * registering the application-to-be, inviting, listing states, opening with link token, short code and birth
 * date, the lock after the sixth wrong attempt, expiry and withdrawal, and a member's session refused on applicant
 * and caseworker endpoints. The clock moves through the demo clock route on the servers and through a faked Date
 * for the mock (it runs in this process and reads Date.now()).
 *
 * The applicant and the member use different devices. msw keeps the cookies its handlers set in one jar for the
 * mock's origin and sends them with every later request, as one browser would; so the applicant's requests say
 * explicitly that their device has no member session (an empty cookie, which the servers ignore as well).
 */

const json = { 'Content-Type': 'application/json' };
const day = 24 * 60 * 60 * 1000;
const applicantDevice = { Cookie: `${memberSessionCookie}=` };

const spouse: InvitationRequest = {
  memberId: 's1',
  relation: 'spouse',
  givenName: 'Bernd',
  familyName: 'Beispiel',
  birthDate: '1968-03-14',
};
const adultChild: InvitationRequest = {
  memberId: 'c1',
  relation: 'child',
  givenName: 'Clara',
  familyName: 'Beispiel',
  birthDate: '2004-07-01',
};

/** A code of the same alphabet that is surely not this invitation's: its first character moved on by one. */
const otherCode = (code: string) => {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const index = alphabet.indexOf(code[0] ?? '0');
  return `${alphabet[(index + 1) % alphabet.length] ?? '0'}${code.slice(1)}`;
};

const tokenOf = (invitation: CreatedInvitation) => invitation.link.slice('/mitwirken/'.length);

describeEachTarget('invitations of family members', (target) => {
  const register = async (year = 2026): Promise<RegisteredApplication> => {
    const response = await target().fetch(applicationsPath, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ year, applicantGivenName: 'Anna' }),
    });
    const text = await response.text();
    expect(response.status, text).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    return registeredApplicationSchema.parse(JSON.parse(text));
  };

  const inviteRaw = (application: RegisteredApplication, body: unknown, extra: Record<string, string> = {}) =>
    target().fetch(applicationInvitationsPath(application.applicationId), {
      method: 'POST',
      headers: {
        ...json,
        ...applicantDevice,
        [applicationSecretHeader]: application.applicationSecret,
        ...extra,
      },
      body: JSON.stringify(body),
    });

  const invite = async (
    application: RegisteredApplication,
    member: InvitationRequest,
  ): Promise<CreatedInvitation> => {
    const response = await inviteRaw(application, member);
    const text = await response.text();
    expect(response.status, text).toBe(201);
    return createdInvitationSchema.parse(JSON.parse(text));
  };

  const list = (application: RegisteredApplication, extra: Record<string, string> = {}) =>
    target().fetch(applicationInvitationsPath(application.applicationId), {
      headers: { ...applicantDevice, [applicationSecretHeader]: application.applicationSecret, ...extra },
    });

  const states = async (application: RegisteredApplication): Promise<Record<string, InvitationState>> => {
    const response = await list(application);
    const text = await response.text();
    expect(response.status, text).toBe(200);
    const parsed = invitationListSchema.parse(JSON.parse(text));
    return Object.fromEntries(parsed.invitations.map((item) => [item.memberId, item.state]));
  };

  const open = (invitation: CreatedInvitation, shortCode: string, birthDate: string) =>
    target().fetch(invitationOpenPath, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ token: tokenOf(invitation), shortCode, birthDate }),
    });

  /** Moves the target's clock by `ms` for `work`, then back to the real time. */
  const later = async (ms: number, work: () => Promise<void>) => {
    if (target().name === 'mock') {
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + ms });
      try {
        await work();
      } finally {
        vi.useRealTimers();
      }
      return;
    }
    const clock = (await (await target().fetch('/api/__demo/clock')).json()) as { now: string };
    const put = (now: string | null) =>
      target().fetch('/api/__demo/clock', { method: 'PUT', headers: json, body: JSON.stringify({ now }) });
    expect((await put(new Date(new Date(clock.now).getTime() + ms).toISOString())).status).toBe(200);
    try {
      await work();
    } finally {
      await put(null);
    }
  };

  it('registers, invites, lists, opens with code and birth date, and keeps the member to member endpoints', async () => {
    const application = await register();
    const first = await invite(application, spouse);
    const second = await invite(application, { ...adultChild, expiresInDays: 3 });
    expect(first.state).toBe('open');
    expect(first.shortCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(first.link).not.toContain(first.shortCode);
    expect(new Date(second.expiresAt).getTime() - new Date(first.expiresAt).getTime()).toBeLessThan(
      -10 * day,
    );
    expect(await states(application)).toEqual({ s1: 'open', c1: 'open' });

    // Any typing of the code: lower case, without the dash.
    const opened = await open(first, first.shortCode.replace('-', '').toLowerCase(), spouse.birthDate);
    const text = await opened.text();
    expect(opened.status, text).toBe(200);
    expect(opened.headers.get('cache-control')).toBe('no-store');
    const session = memberSessionSchema.parse(JSON.parse(text));
    expect(session).toMatchObject({
      invitationId: first.invitationId,
      year: 2026,
      invitedBy: { givenName: 'Anna' },
      member: { givenName: 'Bernd', familyName: 'Beispiel', relation: 'spouse' },
      expiresAt: first.expiresAt,
    });
    // Nothing about the household beyond the applicant's given name: not the other member, not the birth date.
    expect(text).not.toContain('Clara');
    expect(text).not.toContain(spouse.birthDate);
    const setCookie = opened.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(new RegExp(`^${memberSessionCookie}=[A-Za-z0-9_-]{43};`));
    for (const attribute of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/api']) {
      expect(setCookie).toContain(attribute);
    }
    const cookie = setCookie.split(';')[0] ?? '';
    const member = { Cookie: cookie, [csrfHeader]: session.csrfToken };

    const reloaded = await target().fetch(memberSessionPath, { headers: { Cookie: cookie } });
    expect(reloaded.status).toBe(200);
    expect(memberSessionSchema.parse(await reloaded.json()).member.givenName).toBe('Bernd');

    // The member's session reaches neither the applicant's endpoints nor a caseworker's.
    await expectProblem(await list(application, { Cookie: cookie }), 403, authCodes.forbidden);
    await expectProblem(await inviteRaw(application, adultChild, member), 403, authCodes.forbidden);
    await expectProblem(
      await target().fetch(caseQueuePath, { headers: { Cookie: cookie } }),
      403,
      authCodes.forbidden,
    );
    // Logging out needs the CSRF token.
    await expectProblem(
      await target().fetch(memberLogoutPath, { method: 'POST', headers: { Cookie: cookie } }),
      403,
      authCodes.csrfMissing,
    );
    const loggedOut = await target().fetch(memberLogoutPath, { method: 'POST', headers: member });
    expect(loggedOut.status).toBe(204);
    expect(loggedOut.headers.get('set-cookie') ?? '').toContain('Max-Age=0');
    await expectProblem(
      await target().fetch(memberSessionPath, { headers: { Cookie: cookie } }),
      401,
      authCodes.unauthenticated,
    );

    expect(await states(application)).toEqual({ s1: 'opened', c1: 'open' });
  });

  it('refuses applicant endpoints without the right secret (401), children (422) and a 21st invitation (409)', async () => {
    const application = await register();
    const other = await register();
    await expectProblem(
      await list({ ...application, applicationSecret: other.applicationSecret }),
      401,
      codes.applicationUnauthenticated,
    );
    await expectProblem(
      await target().fetch(applicationInvitationsPath(application.applicationId), {
        headers: applicantDevice,
      }),
      401,
      codes.applicationUnauthenticated,
    );
    await expectProblem(
      await list({ ...application, applicationId: crypto.randomUUID() }),
      401,
      codes.applicationUnauthenticated,
    );
    // 18 on 1 January 2026 is born on 1 January 2008 or before.
    await expectProblem(
      await inviteRaw(application, { ...adultChild, birthDate: '2008-01-02' }),
      422,
      codes.memberNotAdult,
    );
    await invite(application, { ...adultChild, birthDate: '2008-01-01' });
    const bad = await inviteRaw(application, { ...spouse, expiresInDays: 31 });
    await expectProblem(bad, 400, 'request.invalid');
    for (let index = 1; index < 20; index += 1)
      await invite(application, { ...spouse, memberId: `m${index}` });
    await expectProblem(await inviteRaw(application, spouse), 409, codes.tooMany);
    // Another application's invitation is not this one's to withdraw.
    const foreign = await invite(other, spouse);
    const withdrawForeign = await target().fetch(
      applicationInvitationPath(application.applicationId, foreign.invitationId),
      { method: 'DELETE', headers: { [applicationSecretHeader]: application.applicationSecret } },
    );
    await expectProblem(withdrawForeign, 404, codes.notFound);
  });

  it('answers a wrong code or birth date with 401 five times, locks at the sixth, and stays locked (423)', async () => {
    const application = await register();
    const invitation = await invite(application, spouse);
    await expectProblem(await open(invitation, invitation.shortCode, '1968-03-15'), 401, codes.wrongCode);
    for (let attempt = 2; attempt <= 5; attempt += 1) {
      const problem = await expectProblem(
        await open(invitation, otherCode(invitation.shortCode), spouse.birthDate),
        401,
        codes.wrongCode,
      );
      // How many attempts remain is not told.
      expect(JSON.stringify(problem)).not.toMatch(/remain|attempt|\d of \d/i);
    }
    await expectProblem(
      await open(invitation, otherCode(invitation.shortCode), spouse.birthDate),
      423,
      codes.locked,
    );
    await expectProblem(await open(invitation, invitation.shortCode, spouse.birthDate), 423, codes.locked);
    expect(await states(application)).toEqual({ s1: 'locked' });
  });

  it('refuses an unknown link (404), a withdrawn invitation (410) and ends its member session', async () => {
    const application = await register();
    const invitation = await invite(application, spouse);
    await expectProblem(
      await target().fetch(invitationOpenPath, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          token: 'A'.repeat(43),
          shortCode: invitation.shortCode,
          birthDate: '1968-03-14',
        }),
      }),
      404,
      codes.notFound,
    );
    const opened = await open(invitation, invitation.shortCode, spouse.birthDate);
    expect(opened.status).toBe(200);
    const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    await opened.arrayBuffer();

    const withdraw = () =>
      target().fetch(applicationInvitationPath(application.applicationId, invitation.invitationId), {
        method: 'DELETE',
        headers: { ...applicantDevice, [applicationSecretHeader]: application.applicationSecret },
      });
    expect((await withdraw()).status).toBe(204);
    expect((await withdraw()).status).toBe(204);
    expect(await states(application)).toEqual({ s1: 'withdrawn' });
    await expectProblem(
      await target().fetch(memberSessionPath, { headers: { Cookie: cookie } }),
      401,
      authCodes.unauthenticated,
    );
    await expectProblem(await open(invitation, invitation.shortCode, spouse.birthDate), 410, codes.withdrawn);
  });

  it('expires an invitation at its expiry by the clock (410)', async () => {
    const application = await register();
    const invitation = await invite(application, { ...spouse, expiresInDays: 1 });
    await later(day - 60_000, async () => {
      expect(await states(application)).toEqual({ s1: 'open' });
    });
    await later(day, async () => {
      expect(await states(application)).toEqual({ s1: 'expired' });
      await expectProblem(await open(invitation, invitation.shortCode, spouse.birthDate), 410, codes.expired);
    });
  });
});
