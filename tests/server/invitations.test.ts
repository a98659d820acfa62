import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  memberSessionPath,
  memberSessionSchema,
  type CreatedInvitation,
} from '../../src/api/contracts/invitations';
import { invitationSteps } from '../support/invitation-steps';
import { startTestServer, type TestServer } from '../support/test-server';

/*
 * Invitations on the server (issue 14) beyond the contract suite: no secret of the flow is stored in clear, the
 * audit log and the server's log hold no names or birth dates, wrong attempts are counted in the database even
 * when they arrive at once, the per-address throttle answers 429 with Retry-After until its window ends, and the
 * member's session ends after 30 idle minutes.
 */

const member = {
  memberId: 's1',
  relation: 'spouse',
  givenName: 'Bernadette',
  familyName: 'Quastenberg',
  birthDate: '1968-03-14',
} as const;

describe('invitations on the server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ database: 'pglite', mode: 'demo' });
  });
  afterAll(() => server.stop());

  const call = (path: string, init: RequestInit = {}) => fetch(new URL(path, server.url), init);

  const { register, invite, open } = invitationSteps(call, { applicantGivenName: 'Annegret', member });

  const dump = async (table: string) =>
    JSON.stringify((await server.db.query(`SELECT * FROM ${table}`)).rows);

  it('stores no token, code, application secret or session id in clear, and audits without names', async () => {
    const application = await register();
    const invitation = await invite(application);
    const token = invitation.link.slice('/mitwirken/'.length);
    const opened = await open(invitation, invitation.shortCode);
    expect(opened.status).toBe(200);
    const session = memberSessionSchema.parse(await opened.json());
    const sessionId = (opened.headers.get('set-cookie') ?? '').split(';')[0]?.split('=')[1] ?? '';
    expect(sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const stored = [
      await dump('applications_in_progress'),
      await dump('invitations'),
      await dump('member_sessions'),
      await dump('rate_limits'),
    ].join('\n');
    const plainCode = invitation.shortCode.replace('-', '');
    for (const secret of [token, invitation.shortCode, plainCode, application.applicationSecret, sessionId]) {
      expect(stored).not.toContain(secret);
      expect(stored.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    // What the applicant typed about the member is kept, to check the member's confirmation.
    expect(await dump('invitations')).toContain(member.familyName);

    const audit = await server.db.query<{ actor_role: string; action: string; object_ref: string | null }>(
      'SELECT actor_role, action, object_ref, actor_id, detail FROM audit_log',
    );
    const auditText = JSON.stringify(audit.rows);
    const logText = server.logText();
    for (const personal of [
      member.givenName,
      member.familyName,
      member.birthDate,
      'Annegret',
      token,
      invitation.shortCode,
      application.applicationSecret,
      sessionId,
      session.csrfToken,
    ]) {
      expect(auditText).not.toContain(personal);
      expect(logText).not.toContain(personal);
    }
    const entries = audit.rows.map((row) => `${row.actor_role} ${row.action} ${row.object_ref ?? ''}`);
    expect(entries).toContain(`none application.register ${application.applicationId}`);
    expect(entries).toContain(`none invitation.create ${application.applicationId}`);
    expect(entries).toContain(`member invitation.open ${invitation.invitationId}`);
  });

  it('counts wrong attempts sent at once in the database: exactly the sixth locks', async () => {
    const invitation = await invite(await register());
    const wrong = invitation.shortCode.startsWith('Z')
      ? `Y${invitation.shortCode.slice(1)}`
      : `Z${invitation.shortCode.slice(1)}`;
    const answers = await Promise.all(Array.from({ length: 8 }, () => open(invitation, wrong)));
    const statuses = answers.map((answer) => answer.status).sort();
    // Five 401 and then 423 for the sixth and every later one, in whichever order they were counted.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 423, 423, 423]);
    const row = await server.db.query<{ failed_attempts: number; locked_at: unknown }>(
      'SELECT failed_attempts, locked_at FROM invitations WHERE id = $1',
      [invitation.invitationId],
    );
    expect(row.rows[0]?.locked_at).not.toBeNull();
    expect((await open(invitation, invitation.shortCode)).status).toBe(423);
  });

  it("ends the member's session after 30 idle minutes", async () => {
    const invitation = await invite(await register());
    const opened = await open(invitation, invitation.shortCode);
    expect(opened.status).toBe(200);
    const cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const clock = server.clock;
    if (!clock) throw new Error('the demo server has a settable clock');
    try {
      clock.set(new Date(Date.now() + 29 * 60 * 1000));
      expect((await call(memberSessionPath, { headers: { Cookie: cookie } })).status).toBe(200);
      clock.set(new Date(Date.now() + 31 * 60 * 1000));
      expect((await call(memberSessionPath, { headers: { Cookie: cookie } })).status).toBe(401);
    } finally {
      clock.set(undefined);
    }
  });

  it('throttles failed opens per client address: 429 with Retry-After until the window ends', async () => {
    const clock = server.clock;
    if (!clock) throw new Error('the demo server has a settable clock');
    // At the start of a fresh 15-minute window, so earlier tests' failures do not count.
    const windowMs = 15 * 60 * 1000;
    clock.set(new Date((Math.floor(Date.now() / windowMs) + 1) * windowMs));
    try {
      const unknown = { link: `/mitwirken/${'B'.repeat(43)}`, shortCode: 'AAAA-AAAA' } as CreatedInvitation;
      for (let attempt = 1; attempt <= 20; attempt += 1) {
        expect((await open(unknown, unknown.shortCode)).status).toBe(404);
      }
      const refused = await open(unknown, unknown.shortCode);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      // Even the right code of a real invitation waits.
      const invitation = await invite(await register());
      expect((await open(invitation, invitation.shortCode)).status).toBe(429);
      clock.advance(windowMs);
      const later = await open(invitation, invitation.shortCode);
      expect(later.status, await later.text()).toBe(200);
    } finally {
      clock.set(undefined);
    }
  });
});
