import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionReceipt } from '../../src/api/contracts/submission';
import type { AdminIo } from '../../src/server/admin/caseworker-admin';
import { runRetentionCommand } from '../../src/server/admin/retention-admin';
import { audit, auditTrailOf } from '../../src/server/audit/audit-log';
import { isDueForDeletion } from '../../src/domain/case-review/deletion-date';
import { lastDueYear } from '../../src/server/retention/retention-repository';
import { applicationBundle } from '../support/application-bundle';
import { submitBundle } from '../support/submit';
import { startTestServer, type TestServer } from '../support/test-server';

/*
 * Retention (docs/rules/retention.md, issue 13 deliverable 7): the example application is for 2026, so its case is
 * due on 1 January 2031. The command runs in-process, with its clock given here.
 */

/** Every table of a case, each with a `reference` column (migration 8: all hang off submissions). */
const caseTables = [
  'submissions',
  'submission_bundles',
  'advance_payments',
  'exemption_statuses',
  'idempotency_keys',
  'case_marks',
  'case_decisions',
  'document_requests',
  'case_uploads',
  'case_letters',
  // Members' parts copied into the case at its sending (issue 14, migration 11).
  'submission_member_parts',
] as const;

it('the query’s year condition (year <= lastDueYear) is the rule isDueForDeletion, on every boundary', () => {
  for (const today of ['2030-12-31', '2031-01-01', '2031-06-30', '2031-12-31', '2032-01-01']) {
    for (let year = 2024; year <= 2028; year++) {
      expect(year <= lastDueYear(today), `${year} on ${today}`).toBe(isDueForDeletion(year, today));
    }
  }
});

describe.each(['pglite', 'postgres'] as const)('retention on %s', (database) => {
  let server: TestServer;
  let decided: SubmissionReceipt;
  let undecided: SubmissionReceipt;
  const later = 'ZB-2027-900001';

  /** The command run in-process on 1 January 2031, 10:00 in Berlin, unless `now` says otherwise. */
  async function retention(args: string[], now = new Date('2031-01-01T09:00:00Z')) {
    const out: string[] = [];
    const err: string[] = [];
    const io: AdminIo = {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      readPassword: () => Promise.reject(new Error('retention asks for no password')),
      now: () => now,
    };
    const code = await runRetentionCommand(server.db, ['retention', ...args], io);
    return { code, out, err };
  }

  const rowsOf = async (reference: string): Promise<Record<string, number>> => {
    const counts: Record<string, number> = {};
    for (const table of caseTables) {
      const result = await server.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${table} WHERE reference = $1`,
        [reference],
      );
      counts[table] = Number(result.rows[0]!.n);
    }
    return counts;
  };

  /** One row in every case table that the submission did not fill already, as the caseworker's work would. */
  async function fillCase(reference: string, caseworkerId: string): Promise<void> {
    const at = '2026-12-08T10:00:00Z';
    const sql = [
      `INSERT INTO advance_payments (reference, year, method, option, amount_cents, payment_reference, state,
         covered_people, elsewhere_people)
       VALUES ($1, 2026, 'transfer', 'full', 100, '{}', 'erwartet', '[]', '[]') ON CONFLICT DO NOTHING`,
      `INSERT INTO exemption_statuses (reference, member_id, given_name, family_name, kvnr, kvnr_hmac, birth_date,
         status, gueltig_ab, gueltig_bis)
       VALUES ($1, 'retention-test', 'Test', 'Person', 'A000000000', 'hmac', '1970-01-01', true, '2026-06-30',
         '2026-12-31')`,
      `INSERT INTO case_marks (reference, item_kind, item_id, mark, reason, caseworker_id, at)
       VALUES ($1, 'receipt', 'r1', 'accepted', '', $2, '${at}')`,
      `INSERT INTO case_decisions (reference, kind, state, refund_cents, details, proposed_by, proposed_at)
       VALUES ($1, 'approve', 'final', 0, '{}', $2, '${at}')`,
      `INSERT INTO document_requests (reference, documents, due_on, requested_by, requested_at)
       VALUES ($1, '[]', '2027-01-31', $2, '${at}')`,
      `INSERT INTO case_uploads (reference, name, media_type, sha256, bytes, received_at)
       VALUES ($1, 'beleg.pdf', 'application/pdf', 'x', '\\x00', '${at}')`,
      `INSERT INTO case_letters (reference, kind, created_at, sha256, pdf)
       VALUES ($1, 'bescheid', '${at}', 'x', '\\x00')`,
      `INSERT INTO submission_member_parts (reference, invitation_id, member_id, sha256, bytes)
       VALUES ($1, '3f2b8c1e-6d4a-4f7e-9a2b-5c8d1e0f4a6b', 's1', repeat('ab', 32), '\\x00')`,
    ];
    for (const statement of sql) {
      const params = statement.includes('$2') ? [reference, caseworkerId] : [reference];
      await server.db.query(statement, params);
    }
  }

  beforeAll(async () => {
    server = await startTestServer({ database });
    server.clock!.set(new Date('2026-12-07T09:00:00Z'));
    const prefix = database === 'pglite' ? 'A' : 'B';
    decided = await submitBundle(
      server.url,
      applicationBundle({ applicationId: `ZBA-00000000E${prefix}01` }),
    );
    undecided = await submitBundle(
      server.url,
      applicationBundle({ applicationId: `ZBA-00000000E${prefix}02` }),
    );
    // The demo caseworker is seeded in demo mode; the marks, decision and requests need one.
    const caseworker = await server.db.query<{ id: string }>('SELECT id FROM caseworkers LIMIT 1');
    await fillCase(decided.reference, caseworker.rows[0]!.id);
    // As a caseworker's decision would: status 'entschieden' (the decision row is in fillCase).
    await server.db.query(
      "UPDATE submissions SET status = 'entschieden', updated_at = now() WHERE reference = $1",
      [decided.reference],
    );
    await server.db.query("UPDATE submissions SET status = 'in-bearbeitung' WHERE reference = $1", [
      undecided.reference,
    ]);
    // A decided case of the following year: due only on 1 January 2032.
    await server.db.query(
      `INSERT INTO submissions (reference, year, status, received_at, updated_at, manifest_sha256, bundle_bytes)
       VALUES ($1, 2027, 'entschieden', now(), now(), repeat('0', 64), 1)`,
      [later],
    );
    await audit(server.db, {
      at: new Date('2026-12-08T10:00:00Z'),
      actorRole: 'caseworker',
      action: 'case.decided',
      objectRef: decided.reference,
      detail: 'approve',
      outcome: 'ok',
    });
  });
  afterAll(() => server.stop());

  it('every foreign key to submissions cascades, so one DELETE removes a whole case', async () => {
    const keys = await server.db.query<{ table_name: string; confdeltype: string }>(
      `SELECT conrelid::regclass::text AS table_name, confdeltype::text AS confdeltype FROM pg_constraint
       WHERE contype = 'f' AND confrelid = 'submissions'::regclass ORDER BY 1`,
    );
    expect(keys.rows.map((row) => row.table_name).sort()).toEqual(caseTables.slice(1).sort());
    expect(keys.rows.every((row) => row.confdeltype === 'c')).toBe(true);
  });

  it('keeps every case on 31 December 2030, the last day before the deletion date', async () => {
    const listed = await retention(['list', '--today', '2030-12-31']);
    expect(listed.code).toBe(0);
    expect(listed.out).toEqual([
      'Retention as of 2030-12-31: reference, year, status, deletion date',
      'To delete (decided, deletion date reached): 0',
      'Kept (deletion date reached, not decided): 0',
    ]);
    const ran = await retention(['run', '--today', '2030-12-31']);
    expect(ran.code).toBe(0);
    expect(ran.out).toContain('Deleted: 0');
    expect((await rowsOf(decided.reference)).submissions).toBe(1);
    // The clock's own date in Berlin: 31 December 2030, 23:59 there, is still before the deletion date.
    const byClock = await retention(['list'], new Date('2030-12-31T22:59:00Z'));
    expect(byClock.out).toContain('To delete (decided, deletion date reached): 0');
  });

  it('lists on 1 January 2031 the decided case to delete and, apart, the undecided overdue one it keeps', async () => {
    // 00:30 in Berlin on 1 January is still 31 December in UTC: the Berlin date counts.
    const listed = await retention(['list'], new Date('2030-12-31T23:30:00Z'));
    expect(listed.code).toBe(0);
    expect(listed.out).toEqual([
      'Retention as of 2031-01-01: reference, year, status, deletion date',
      'To delete (decided, deletion date reached): 1',
      `${decided.reference}\t2026\tentschieden\t2031-01-01`,
      'Kept (deletion date reached, not decided): 1',
      `${undecided.reference}\t2026\tin-bearbeitung\t2031-01-01`,
    ]);
    expect((await rowsOf(decided.reference)).submissions).toBe(1);
  });

  it('deletes the decided case with its bundle, payment, statuses, marks, decision, requests, uploads, letters and members’ parts', async () => {
    const before = await rowsOf(decided.reference);
    for (const table of caseTables) expect(before[table], table).toBeGreaterThanOrEqual(1);

    const ran = await retention(['run', '--today', '2031-01-01']);
    expect(ran).toEqual({
      code: 0,
      out: [
        'Retention run as of 2031-01-01: reference, year, status, deletion date',
        `deleted\t${decided.reference}\t2026\tentschieden\t2031-01-01`,
        `kept\t${undecided.reference}\t2026\tin-bearbeitung\t2031-01-01`,
        'Deleted: 1',
        'Kept (deletion date reached, not decided): 1',
      ],
      err: [],
    });

    const after = await rowsOf(decided.reference);
    expect(
      Object.values(after).every((n) => n === 0),
      JSON.stringify(after),
    ).toBe(true);
    expect((await rowsOf(undecided.reference)).submissions).toBe(1);
    expect((await rowsOf(undecided.reference)).submission_bundles).toBe(1);
    expect((await rowsOf(later)).submissions).toBe(1);
  });

  it('keeps the audit trail of the deleted case and adds case.deleted; the kept case gets case.retention-kept', async () => {
    const trail = await auditTrailOf(server.db, decided.reference);
    expect(trail.map((entry) => entry.action)).toContain('case.decided');
    expect(trail.length).toBeGreaterThanOrEqual(3); // received, decided, deleted
    expect(trail.at(-1)).toEqual({
      at: '2031-01-01T09:00:00.000Z',
      actorRole: 'admin',
      action: 'case.deleted',
      detail: 'deletion date 2031-01-01',
      outcome: 'ok',
    });
    const kept = await auditTrailOf(server.db, undecided.reference);
    expect(kept.at(-1)).toMatchObject({
      actorRole: 'admin',
      action: 'case.retention-kept',
      detail: 'not decided: in-bearbeitung',
      outcome: 'ok',
    });
  });

  it('a second run deletes nothing and writes no second case.deleted', async () => {
    const ran = await retention(['run']);
    expect(ran.code).toBe(0);
    expect(ran.out).toContain('Deleted: 0');
    expect(ran.out.filter((line) => line.startsWith('deleted\t'))).toEqual([]);
    const deletions = await server.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'case.deleted' AND object_ref = $1",
      [decided.reference],
    );
    expect(Number(deletions.rows[0]!.n)).toBe(1);
    expect((await rowsOf(undecided.reference)).submissions).toBe(1);
  });

  it('refuses a --today that is not a calendar date, a missing one, or one after today for a run (exit 2)', async () => {
    for (const bad of ['2031-02-30', '31.12.2030', '2031-1-1', 'tomorrow']) {
      const result = await retention(['run', '--today', bad]);
      expect(result.code, bad).toBe(2);
      expect(result.err.join('\n')).toContain(`Not a date: --today ${bad}`);
    }
    expect((await retention(['list', '--today'])).code).toBe(2);
    expect((await retention(['purge'])).code).toBe(2);
    const future = await retention(['run', '--today', '2032-01-01']);
    expect(future.code).toBe(2);
    expect(future.err.join('\n')).toMatch(/after today \(2031-01-01\)/);
    expect((await rowsOf(later)).submissions).toBe(1);
    // A preview of a later date is fine and deletes nothing.
    const preview = await retention(['list', '--today', '2032-01-01']);
    expect(preview.code).toBe(0);
    expect(preview.out).toContain(`${later}\t2027\tentschieden\t2032-01-01`);
    expect((await rowsOf(later)).submissions).toBe(1);
  });
});
