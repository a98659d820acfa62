import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AdvancePaymentFacts } from '../../src/documents/bundle/advance-payment-facts';
import type { Database } from '../../src/server/db/database';
import { migrate } from '../../src/server/db/migrate';
import { migrations } from '../../src/server/db/migrations';
import { openPgliteDatabase } from '../../src/server/db/pglite-database';
import { openPostgresDatabase } from '../../src/server/db/postgres-database';
import {
  findAdvancePayment,
  insertExpectedPayment,
  kvnrHmac,
  markReceived,
  markReturned,
} from '../../src/server/submissions/advance-payment-repository';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

/**
 * Migration 4 (advance payments, exemption statuses) on a database that holds applications from before it, and
 * the repository on both engines: dates stay ISO days, the constraints refuse impossible rows, and a status is
 * found by the keyed hash of its KVNR through an index.
 */
const insertSubmission = (db: Database, reference: string) =>
  db.query(
    `INSERT INTO submissions (reference, year, status, received_at, updated_at, manifest_sha256, bundle_bytes)
     VALUES ($1, 2026, 'eingegangen', now(), now(), $2, 1)`,
    [reference, 'ab'.repeat(32)],
  );

const facts: AdvancePaymentFacts = {
  kind: 'advancePayment',
  year: 2026,
  option: 'full',
  method: 'directDebit',
  amountCents: 25_469,
  debitOn: '2026-12-04',
  covered: [
    {
      memberId: 'applicant',
      givenName: 'Łukasz',
      familyName: 'Ørsted',
      birthDate: '1978-04-12',
      kvnr: 'L123456783',
    },
    { memberId: 'c1', givenName: 'Jan', familyName: 'Ørsted', birthDate: '2014-05-05', kvnr: 'J112233441' },
  ],
  elsewhere: [{ memberId: 's1', givenName: 'Maria', familyName: 'Ørsted' }],
};

const opened: { db: Database; postgres?: TestDatabase }[] = [];
afterEach(async () => {
  for (const { db, postgres } of opened.splice(0)) {
    await db.close();
    await postgres?.drop();
  }
});

async function open(kind: 'pglite' | 'postgres'): Promise<Database> {
  if (kind === 'pglite') {
    const db = await openPgliteDatabase(undefined);
    opened.push({ db });
    return db;
  }
  const postgres = await createTestDatabase();
  const db = await openPostgresDatabase(postgres.url);
  opened.push({ db, postgres });
  return db;
}

describe.each(['pglite', 'postgres'] as const)('migration 4 on %s', (kind) => {
  it('adds the tables beside earlier applications, which have no advance payment', async () => {
    const db = await open(kind);
    expect((await migrate(db, migrations.slice(0, 3))).applied).toEqual([1, 2, 3]);
    await insertSubmission(db, 'ZB-2026-000001');
    expect((await migrate(db, migrations.slice(0, 4))).applied).toEqual([4]);
    expect(await findAdvancePayment(db, 'ZB-2026-000001')).toBeUndefined();
    const indexes = await db.query<{ indexdef: string }>(
      "SELECT indexdef FROM pg_indexes WHERE tablename = 'exemption_statuses'",
    );
    expect(indexes.rows.map((row) => row.indexdef).join('\n')).toMatch(/\(kvnr_hmac\)/);
  });

  it('receives and returns a direct debit; the statuses are found by the KVNR’s keyed hash', async () => {
    const db = await open(kind);
    await migrate(db);
    const secret = randomBytes(32);
    await insertSubmission(db, 'ZB-2026-000002');
    await db.transaction((tx) =>
      insertExpectedPayment(tx, 'ZB-2026-000002', { facts, referenceStyle: 'structured' }),
    );
    const expected = await findAdvancePayment(db, 'ZB-2026-000002');
    expect(expected?.status).toEqual({
      state: 'erwartet',
      year: 2026,
      method: 'directDebit',
      option: 'full',
      amountCents: 25_469,
      paymentReference: {
        style: 'structured',
        reference: expect.stringMatching(/^RF\d{2}ZB2026000002Y2026$/),
      },
      debitOn: '2026-12-04',
    });

    const received = await markReceived(db, secret, 'ZB-2026-000002', '2026-12-04');
    expect(received.kind).toBe('ok');
    const found = await db.query<{ member_id: string; kvnr: string }>(
      'SELECT member_id, kvnr FROM exemption_statuses WHERE kvnr_hmac = $1',
      [kvnrHmac(secret, 'J112233441')],
    );
    expect(found.rows).toEqual([{ member_id: 'c1', kvnr: 'J112233441' }]);
    // Another secret finds nothing: the hash is keyed.
    const other = await db.query('SELECT 1 FROM exemption_statuses WHERE kvnr_hmac = $1', [
      kvnrHmac(randomBytes(32), 'J112233441'),
    ]);
    expect(other.rows).toEqual([]);

    const returned = await markReturned(db, 'ZB-2026-000002', '2026-12-10', 'AM04');
    if (returned.kind !== 'ok') throw new Error(returned.kind);
    expect(returned.record.status).toMatchObject({ state: 'zurueckgebucht', returnedOn: '2026-12-10' });
    expect(returned.record.exemptions.map((e) => [e.memberId, e.status, e.gueltigAb, e.endedOn])).toEqual([
      ['applicant', false, '2026-12-04', '2026-12-10'],
      ['c1', false, '2026-12-04', '2026-12-10'],
    ]);
    expect(returned.record.exemptions[0]?.birthDate).toBe('1978-04-12');
    expect(await markReceived(db, secret, 'ZB-2026-000002', '2026-12-11')).toMatchObject({
      kind: 'transition',
    });
    expect(await markReceived(db, secret, 'ZB-2026-000099', '2026-12-11')).toEqual({ kind: 'not-found' });
  });

  it('refuses rows that cannot be: a direct debit without its date, a receipt without its day', async () => {
    const db = await open(kind);
    await migrate(db);
    await insertSubmission(db, 'ZB-2026-000003');
    await expect(
      db.transaction((tx) =>
        insertExpectedPayment(tx, 'ZB-2026-000003', {
          facts: { ...facts, debitOn: null },
          referenceStyle: 'text',
        }),
      ),
    ).rejects.toThrow();
    await db.transaction((tx) =>
      insertExpectedPayment(tx, 'ZB-2026-000003', { facts, referenceStyle: 'text' }),
    );
    await expect(
      db.query("UPDATE advance_payments SET state = 'eingegangen' WHERE reference = 'ZB-2026-000003'"),
    ).rejects.toThrow();
  });
});
