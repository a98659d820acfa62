import { createHash } from 'node:crypto';
import { expect, it, vi } from 'vitest';
import { caseworkerProblemCodes as authCodes, csrfHeader } from '../../src/api/contracts/caseworker-auth';
import { caseQueuePath } from '../../src/api/contracts/caseworker-queue';
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
  invitationProblemCodes as codes,
  memberLogoutPath,
  memberPartPath,
  memberPartStateSchema,
  memberSessionCookie,
  memberSessionPath,
  memberSessionSchema,
  registeredApplicationSchema,
  type CreatedInvitation,
  type InvitationRequest,
  type RegisteredApplication,
} from '../../src/api/contracts/invitations';
import type { InvitationState } from '../../src/domain/invitations/invitation-state';
import {
  memberPartBag,
  memberPartDocument,
  receiptPhotoJpeg,
  receiptPhotoName,
} from '../../src/documents/member-part/member-part-fixtures.test-support';
import { invitationSteps } from '../support/invitation-steps';
import { expectProblem } from './support/contract-requests';
import { describeEachTarget } from './support/use-target';

/*
 * Invitations of family members (issue 14) against the mock and the server on PGlite and PostgreSQL: registering
 * the application-to-be, inviting, listing states, opening with link token, short code and birth date, the lock
 * after the sixth wrong attempt, expiry and withdrawal, and a member's session refused on applicant and caseworker
 * endpoints; the member's part handed in, withdrawn and asked to change, of which the applicant reads the summary
 * and nothing else. The clock moves through the demo clock route on the servers and through a faked Date
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

  const { open, openAsMember, bagFor, putPart } = invitationSteps(
    (path, init) => target().fetch(path, init),
    {
      applicantGivenName: 'Anna',
      member: spouse,
      applicantHeaders: applicantDevice,
    },
  );

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
  const ownPart = async (cookie: string) => {
    const response = await target().fetch(memberPartPath, { headers: { Cookie: cookie } });
    const text = await response.text();
    expect(response.status, text).toBe(200);
    return memberPartStateSchema.parse(JSON.parse(text));
  };

  const applicantPart = (application: RegisteredApplication, invitationId: string) =>
    target().fetch(applicationInvitationPartPath(application.applicationId, invitationId), {
      headers: { ...applicantDevice, [applicationSecretHeader]: application.applicationSecret },
    });

  const askForChange = (application: RegisteredApplication, invitationId: string) =>
    target().fetch(changeRequestPath(application.applicationId, invitationId), {
      method: 'POST',
      headers: { ...applicantDevice, [applicationSecretHeader]: application.applicationSecret },
    });

  it("hands in the member's part; the applicant reads its summary and nothing else of it", async () => {
    const application = await register();
    const invitation = await invite(application, spouse);
    const member = await openAsMember(invitation);
    expect(member.session.memberId).toBe('s1');
    expect(await ownPart(member.cookie)).toEqual({
      state: 'opened',
      changeRequested: false,
      applicationSent: false,
    });
    await expectProblem(await applicantPart(application, invitation.invitationId), 404, codes.partNotFound);

    const bag = bagFor(invitation);
    const handedIn = await putPart(member.change, bag);
    const handedInText = await handedIn.text();
    expect(handedIn.status, handedInText).toBe(200);
    expect(handedIn.headers.get('cache-control')).toBe('no-store');
    const sha256 = createHash('sha256').update(bag).digest('hex');
    expect(handedInPartSchema.parse(JSON.parse(handedInText))).toEqual({ sha256, state: 'handedIn' });
    expect(await states(application)).toEqual({ s1: 'handedIn' });
    const own = await ownPart(member.cookie);
    expect(own).toMatchObject({ state: 'handedIn', sha256, changeRequested: false });
    expect(own.handedInAt).toBeDefined();

    const response = await applicantPart(application, invitation.invitationId);
    const text = await response.text();
    expect(response.status, text).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const summary = applicantPartSchema.parse(JSON.parse(text));
    const expected = memberPartDocument({ invitationId: invitation.invitationId, memberId: 's1' }).summary;
    expect(summary).toEqual({ invitationId: invitation.invitationId, memberId: 's1', sha256, ...expected });
    expect(Object.keys(JSON.parse(text) as object).sort()).toEqual(
      ['coPayments', 'incomeCents', 'invitationId', 'memberId', 'reducedRate', 'sha256'].sort(),
    );
    // Canaries of the bag: the member's names and birth date, providers, categories, income kinds, the chronic
    // illness answer, file names and the photo's bytes never reach the applicant.
    const photo = receiptPhotoJpeg();
    for (const canary of [
      'Erika',
      'Muster',
      '1958-04-12',
      'Löwen-Apotheke',
      'Physiotherapie',
      'medicine',
      'remedies',
      'pension',
      'Altersrente',
      'doctorSends',
      'chronic',
      receiptPhotoName,
      Buffer.from(photo).toString('base64').slice(0, 40),
      Buffer.from(photo.subarray(200, 240)).toString('hex'),
      Buffer.from(photo.subarray(200, 240)).toString('latin1'),
    ]) {
      expect(text).not.toContain(canary);
    }
    // Nor does the invitation list tell more than the state.
    expect(await (await list(application)).text()).not.toContain('Erika');

    // Handed in, the invitation cannot be withdrawn by the applicant; the member may replace their part.
    await expectProblem(
      await target().fetch(applicationInvitationPath(application.applicationId, invitation.invitationId), {
        method: 'DELETE',
        headers: { ...applicantDevice, [applicationSecretHeader]: application.applicationSecret },
      }),
      409,
      codes.handedIn,
    );
    const smaller = memberPartBag({
      invitationId: invitation.invitationId,
      memberId: 's1',
      receipts: [],
      attachments: [],
      files: [],
    });
    const replaced = await putPart(member.change, smaller);
    expect(replaced.status, await replaced.clone().text()).toBe(200);
    const replacedSummary = applicantPartSchema.parse(
      await (await applicantPart(application, invitation.invitationId)).json(),
    );
    expect(replacedSummary.coPayments).toEqual([]);
    expect(replacedSummary.sha256).toBe(createHash('sha256').update(smaller).digest('hex'));
  });

  it("refuses a bag that fails the reader (422 with its problems), another invitation's bag (422) and no body (400)", async () => {
    const application = await register();
    const invitation = await invite(application, spouse);
    const member = await openAsMember(invitation);

    const broken = await expectProblem(
      await putPart(member.change, new TextEncoder().encode('not a zip at all')),
      422,
      codes.partInvalid,
    );
    expect(broken.errors?.length).toBeGreaterThan(0);
    // A summary that does not follow from the entries is the reader's finding, too.
    const forged = await expectProblem(
      await putPart(
        member.change,
        memberPartBag({
          invitationId: invitation.invitationId,
          memberId: 's1',
          summary: { incomeCents: 1, reducedRate: false, coPayments: [] },
        }),
      ),
      422,
      codes.partInvalid,
    );
    expect(forged.errors?.length).toBeGreaterThan(0);

    const other = await invite(application, adultChild);
    const foreign = await expectProblem(
      await putPart(member.change, bagFor(other, adultChild)),
      422,
      codes.partNotThisInvitation,
    );
    expect(foreign.errors?.map((error) => error.path)).toEqual([
      'data/member-part.json invitationId',
      'data/member-part.json memberId',
    ]);
    await expectProblem(
      await putPart(
        member.change,
        memberPartBag({ ...{ invitationId: invitation.invitationId }, memberId: 's1', year: 2025 }),
      ),
      422,
      codes.partNotThisInvitation,
    );
    await expectProblem(
      await target().fetch(memberPartPath, { method: 'PUT', headers: member.change }),
      400,
      codes.partEmpty,
    );
    // A state change without the CSRF token.
    await expectProblem(
      await putPart({ Cookie: member.cookie }, bagFor(invitation)),
      403,
      authCodes.csrfMissing,
    );
    expect(await states(application)).toEqual({ s1: 'opened', c1: 'open' });
    expect(await ownPart(member.cookie)).toEqual({
      state: 'opened',
      changeRequested: false,
      applicationSent: false,
    });
  });

  it('lets the member withdraw their part: 204, opened again, nothing for the applicant', async () => {
    const application = await register();
    const invitation = await invite(application, spouse);
    const member = await openAsMember(invitation);
    expect((await putPart(member.change, bagFor(invitation))).status).toBe(200);

    const withdrawPart = () => target().fetch(memberPartPath, { method: 'DELETE', headers: member.change });
    await expectProblem(
      await target().fetch(memberPartPath, { method: 'DELETE', headers: { Cookie: member.cookie } }),
      403,
      authCodes.csrfMissing,
    );
    const withdrawn = await withdrawPart();
    expect(withdrawn.status).toBe(204);
    expect(await states(application)).toEqual({ s1: 'opened' });
    expect(await ownPart(member.cookie)).toEqual({
      state: 'opened',
      changeRequested: false,
      applicationSent: false,
    });
    await expectProblem(await applicantPart(application, invitation.invitationId), 404, codes.partNotFound);
    // Again: nothing to withdraw is no error (a lost answer may be repeated).
    expect((await withdrawPart()).status).toBe(204);
    // Not handed in, the applicant may withdraw the invitation now.
    const applicantWithdraws = await target().fetch(
      applicationInvitationPath(application.applicationId, invitation.invitationId),
      {
        method: 'DELETE',
        headers: { ...applicantDevice, [applicationSecretHeader]: application.applicationSecret },
      },
    );
    expect(applicantWithdraws.status).toBe(204);
  });

  it('asks the member for changes: the part is gone, the invitation opened again, the member told', async () => {
    const application = await register();
    const invitation = await invite(application, spouse);
    const member = await openAsMember(invitation);
    await expectProblem(await askForChange(application, invitation.invitationId), 404, codes.partNotFound);
    await expectProblem(await askForChange(application, crypto.randomUUID()), 404, codes.notFound);
    expect((await putPart(member.change, bagFor(invitation))).status).toBe(200);

    // Another application's secret reaches nothing of it.
    const other = await register();
    await expectProblem(
      await askForChange(
        { ...other, applicationSecret: application.applicationSecret },
        invitation.invitationId,
      ),
      401,
      codes.applicationUnauthenticated,
    );
    await expectProblem(await askForChange(other, invitation.invitationId), 404, codes.notFound);
    await expectProblem(await applicantPart(other, invitation.invitationId), 404, codes.notFound);
    // Nor does the member's session.
    await expectProblem(
      await target().fetch(changeRequestPath(application.applicationId, invitation.invitationId), {
        method: 'POST',
        headers: { ...member.change, [applicationSecretHeader]: application.applicationSecret },
      }),
      403,
      authCodes.forbidden,
    );
    await expectProblem(
      await target().fetch(
        applicationInvitationPartPath(application.applicationId, invitation.invitationId),
        {
          headers: { Cookie: member.cookie, [applicationSecretHeader]: application.applicationSecret },
        },
      ),
      403,
      authCodes.forbidden,
    );

    const asked = await askForChange(application, invitation.invitationId);
    expect(asked.status, await asked.clone().text()).toBe(204);
    expect(await states(application)).toEqual({ s1: 'opened' });
    expect(await ownPart(member.cookie)).toEqual({
      state: 'opened',
      changeRequested: true,
      applicationSent: false,
    });
    await expectProblem(await applicantPart(application, invitation.invitationId), 404, codes.partNotFound);
    await expectProblem(await askForChange(application, invitation.invitationId), 404, codes.partNotFound);

    // Handing in again answers the request.
    expect((await putPart(member.change, bagFor(invitation))).status).toBe(200);
    expect(await ownPart(member.cookie)).toMatchObject({ state: 'handedIn', changeRequested: false });
    expect((await applicantPart(application, invitation.invitationId)).status).toBe(200);
  });

  it("ends the member's part endpoints with a withdrawn (401, then 410 to open) or expired invitation (401)", async () => {
    const application = await register();
    const invitation = await invite(application, spouse);
    const member = await openAsMember(invitation);
    await target().fetch(applicationInvitationPath(application.applicationId, invitation.invitationId), {
      method: 'DELETE',
      headers: { ...applicantDevice, [applicationSecretHeader]: application.applicationSecret },
    });
    await expectProblem(await putPart(member.change, bagFor(invitation)), 401, authCodes.unauthenticated);
    for (const method of ['GET', 'DELETE']) {
      await expectProblem(
        await target().fetch(memberPartPath, { method, headers: member.change }),
        401,
        authCodes.unauthenticated,
      );
    }
    await expectProblem(await open(invitation, invitation.shortCode, spouse.birthDate), 410, codes.withdrawn);

    const second = await invite(application, { ...adultChild, expiresInDays: 1 });
    const child = await openAsMember(second, adultChild);
    await later(day, async () => {
      await expectProblem(
        await putPart(child.change, bagFor(second, adultChild)),
        401,
        authCodes.unauthenticated,
      );
      await expectProblem(await open(second, second.shortCode, adultChild.birthDate), 410, codes.expired);
    });
    // Anonymous and the applicant's secret reach no member endpoint.
    await expectProblem(
      await target().fetch(memberPartPath, {
        headers: { ...applicantDevice, [applicationSecretHeader]: application.applicationSecret },
      }),
      401,
      authCodes.unauthenticated,
    );
  });
});
