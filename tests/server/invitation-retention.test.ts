import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminIo } from '../../src/server/admin/caseworker-admin';
import { runRetentionCommand } from '../../src/server/admin/retention-admin';
import { berlinMidnight } from '../../src/documents/calendar/berlin-day';
import { invitationRetentionLimits } from '../../src/server/retention/invitation-retention';
import { startTestServer, type TestServer } from '../support/test-server';

/*
 * Retention of the family-invitation tables (docs/rules/retention.md "Invitations", ADR 0024 Consequences). The
 * rows are written with SQL (migration 9's columns) at the exact limits of a run on 15 April 2027: "now" is
 * 00:00 in Berlin that day, invitations ended before 00:00 on 16 March (30 days before) go, applications
 * registered before 00:00 on 15 January (90 days before) go. The 30 days cross the change to summer time.
 */

const today = '2027-04-15';
const { now, invitationCutoff, applicationCutoff } = invitationRetentionLimits(today);
const ms = (date: Date, delta: number) => new Date(date.getTime() + delta).toISOString();
const names = ['Zelinda', 'Quackenbusch', 'Ottokar'];

it('the limits are Berlin midnights, in winter and in summer time', () => {
  expect(berlinMidnight('2027-01-15').toISOString()).toBe('2027-01-14T23:00:00.000Z');
  expect(berlinMidnight('2027-03-28').toISOString()).toBe('2027-03-27T23:00:00.000Z'); // the switch day
  expect(berlinMidnight('2027-03-29').toISOString()).toBe('2027-03-28T22:00:00.000Z');
  expect(berlinMidnight('2027-10-31').toISOString()).toBe('2027-10-30T22:00:00.000Z'); // back to winter time
  expect(now.toISOString()).toBe('2027-04-14T22:00:00.000Z');
  expect(invitationCutoff.toISOString()).toBe('2027-03-15T23:00:00.000Z');
  expect(applicationCutoff.toISOString()).toBe('2027-01-14T23:00:00.000Z');
});

describe.each(['pglite', 'postgres'] as const)('invitation retention on %s', (database) => {
  let server: TestServer;
  const ids = {
    oldApplication: randomUUID(),
    application: randomUUID(),
  };
  const invitation: Record<string, string> = {};
  const session: Record<string, string> = {};

  /** The command in-process at 10:00 in Berlin on `today` (summer time). */
  async function retention(args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const io: AdminIo = {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      readPassword: () => Promise.reject(new Error('retention asks for no password')),
      now: () => new Date('2027-04-15T08:00:00Z'),
    };
    const code = await runRetentionCommand(server.db, ['retention', ...args], io);
    return { code, out, err };
  }

  async function addApplication(id: string, createdAt: string): Promise<void> {
    await server.db.query(
      `INSERT INTO applications_in_progress (id, secret_sha256, year, applicant_given_name, created_at)
       VALUES ($1, repeat('a', 64), 2026, $2, $3)`,
      [id, names[0], createdAt],
    );
  }

  async function addInvitation(
    key: string,
    applicationId: string,
    times: { expires: string; withdrawn?: string; locked?: string; handedIn?: string },
  ): Promise<void> {
    const id = randomUUID();
    invitation[key] = id;
    await server.db.query(
      `INSERT INTO invitations (id, application_id, token_hmac, code_hmac, member_id, relation, given_name,
         family_name, birth_date, created_at, expires_at, withdrawn_at, locked_at, handed_in_at)
       VALUES ($1, $2, $3, 'code', $4, 'spouse', $5, $6, '1970-05-06', '2027-01-10T10:00:00Z', $7, $8, $9, $10)`,
      [
        id,
        applicationId,
        `token-${id}`,
        `member-${key}`,
        names[1],
        names[2],
        times.expires,
        times.withdrawn ?? null,
        times.locked ?? null,
        times.handedIn ?? null,
      ],
    );
  }

  async function addSession(key: string, invitationKey: string, idleEnd: string, absoluteEnd: string) {
    const id = `session-${key}-${randomUUID()}`;
    session[key] = id;
    await server.db.query(
      `INSERT INTO member_sessions (id_sha256, invitation_id, csrf_token, created_at, idle_expires_at,
         absolute_expires_at) VALUES ($1, $2, 'csrf', '2027-04-14T12:00:00Z', $3, $4)`,
      [id, invitation[invitationKey], idleEnd, absoluteEnd],
    );
  }

  const existing = async (table: string, column: string, values: string[]): Promise<string[]> => {
    const result = await server.db.query<{ id: string }>(
      `SELECT ${column}::text AS id FROM ${table} WHERE ${column}::text = ANY(string_to_array($1, ','))`,
      [values.join(',')],
    );
    return result.rows.map((row) => row.id).sort();
  };

  const auditRows = async () =>
    (
      await server.db.query<{
        action: string;
        actor_role: string;
        object_ref: string | null;
        detail: string;
        outcome: string;
      }>(
        `SELECT action, actor_role, object_ref, detail, outcome FROM audit_log
         WHERE action LIKE '%.deleted' AND action <> 'case.deleted' ORDER BY id`,
      )
    ).rows;

  beforeAll(async () => {
    server = await startTestServer({ database });
    const later = '2027-04-20T10:00:00Z';
    // Registered 1 ms before the application limit: goes, with its still-open invitation and live session and
    // its handed-in invitation.
    await addApplication(ids.oldApplication, ms(applicationCutoff, -1));
    await addInvitation('ofOld', ids.oldApplication, { expires: later });
    await addInvitation('ofOldHandedIn', ids.oldApplication, {
      expires: '2027-02-01T00:00:00Z',
      handedIn: '2027-01-20T00:00:00Z',
    });
    await addSession('ofOld', 'ofOld', ms(now, 3_600_000), ms(now, 7_200_000));
    // Registered exactly at the limit: kept.
    await addApplication(ids.application, applicationCutoff.toISOString());
    const out = ms(invitationCutoff, -1);
    const at = invitationCutoff.toISOString();
    await addInvitation('expiredOut', ids.application, { expires: out });
    await addInvitation('expiredIn', ids.application, { expires: at });
    await addInvitation('withdrawnOut', ids.application, { expires: later, withdrawn: out });
    await addInvitation('withdrawnIn', ids.application, { expires: later, withdrawn: at });
    await addInvitation('lockedOut', ids.application, { expires: later, locked: out });
    await addInvitation('lockedIn', ids.application, { expires: later, locked: at });
    await addInvitation('handedIn', ids.application, { expires: out, handedIn: '2027-03-01T00:00:00Z' });
    await addInvitation('live', ids.application, { expires: later });
    await addInvitation('withdrawnYesterday', ids.application, {
      expires: later,
      withdrawn: '2027-04-14T08:00:00Z',
    });
    // Sessions: idle end exactly now (ended), 1 ms after now (live), absolute end now (ended), and a live one of
    // an invitation withdrawn yesterday (ended with it).
    await addSession('idleOut', 'live', now.toISOString(), ms(now, 7_200_000));
    await addSession('idleIn', 'live', ms(now, 1), ms(now, 7_200_000));
    await addSession('absoluteOut', 'live', ms(now, 1_000), now.toISOString());
    await addSession('ofWithdrawn', 'withdrawnYesterday', ms(now, 1_000), ms(now, 7_200_000));
  });
  afterAll(() => server.stop());

  it('lists the counts a run would delete, no names, and deletes nothing', async () => {
    const listed = await retention(['list', '--today', today]);
    expect(listed).toEqual({
      code: 0,
      out: [
        `Retention as of ${today}: reference, year, status, deletion date`,
        'To delete (decided, deletion date reached): 0',
        'Kept (deletion date reached, not decided): 0',
        'Invitation data to delete (counts only): kind, rows',
        'member sessions\t3',
        'invitations\t3',
        'applications in progress\t1\twith invitations 2, member sessions 1',
      ],
      err: [],
    });
    expect(await existing('invitations', 'id', Object.values(invitation))).toHaveLength(11);
    expect(await existing('member_sessions', 'id_sha256', Object.values(session))).toHaveLength(5);
    // A day earlier nothing is due (the limits move with the day): the invitation lines are left out.
    const dayBefore = await retention(['list', '--today', '2027-04-14']);
    expect(dayBefore.out).toEqual(listed.out.slice(0, 3).map((line) => line.replace(today, '2027-04-14')));
  });

  it('runs: deletes the rows just outside the limits, keeps those just inside, prints counts only', async () => {
    const ran = await retention(['run', '--today', today]);
    expect(ran).toEqual({
      code: 0,
      out: [
        `Retention run as of ${today}: reference, year, status, deletion date`,
        'Deleted: 0',
        'Kept (deletion date reached, not decided): 0',
        'Invitation data deleted (counts only): kind, rows',
        'member sessions\t3',
        'invitations\t3',
        'applications in progress\t1\twith invitations 2, member sessions 1',
      ],
      err: [],
    });
    const text = [...ran.out, ...ran.err].join('\n');
    for (const name of names) expect(text).not.toContain(name);

    expect(await existing('applications_in_progress', 'id', Object.values(ids))).toEqual([ids.application]);
    const keptInvitations = [
      'expiredIn',
      'withdrawnIn',
      'lockedIn',
      'handedIn',
      'live',
      'withdrawnYesterday',
    ];
    expect(await existing('invitations', 'id', Object.values(invitation))).toEqual(
      keptInvitations.map((key) => invitation[key]!).sort(),
    );
    expect(await existing('member_sessions', 'id_sha256', Object.values(session))).toEqual([session.idleIn]);
  });

  it('writes one audit entry per kind, by the admin, with counts only', async () => {
    const rows = await auditRows();
    expect(rows).toEqual([
      {
        action: 'member-sessions.deleted',
        actor_role: 'admin',
        object_ref: null,
        detail: 'count 3',
        outcome: 'ok',
      },
      {
        action: 'invitations.deleted',
        actor_role: 'admin',
        object_ref: null,
        detail: 'count 3',
        outcome: 'ok',
      },
      {
        action: 'applications-in-progress.deleted',
        actor_role: 'admin',
        object_ref: null,
        detail: 'count 1, with invitations 2, member sessions 1',
        outcome: 'ok',
      },
    ]);
    const text = JSON.stringify(rows);
    for (const name of names) expect(text).not.toContain(name);
  });

  it('a second run deletes nothing, prints no invitation lines and writes no audit entry', async () => {
    const again = await retention(['run']);
    expect(again.code).toBe(0);
    expect(again.err).toEqual([]);
    expect(again.out).toEqual([
      `Retention run as of ${today}: reference, year, status, deletion date`,
      'Deleted: 0',
      'Kept (deletion date reached, not decided): 0',
    ]);
    expect(await auditRows()).toHaveLength(3);
    expect((await retention(['list'])).out).toHaveLength(3);
    expect(await existing('invitations', 'id', Object.values(invitation))).toHaveLength(6);
  });
});
