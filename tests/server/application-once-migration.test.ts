import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database';
import { migrate } from '../../src/server/db/migrate';
import { migrations } from '../../src/server/db/migrations';
import { openPgliteDatabase } from '../../src/server/db/pglite-database';
import { openPostgresDatabase } from '../../src/server/db/postgres-database';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

/**
 * Migration 3 (one application per application id) on a database that already holds applications from before
 * it: they keep no id and never collide, while two rows with one id are refused by the database itself.
 */
const insertSubmission = (db: Database, reference: string, applicationId?: string) =>
  db.query(
    `INSERT INTO submissions (reference, year, status, received_at, updated_at, manifest_sha256, bundle_bytes
       ${applicationId === undefined ? '' : ', application_id'})
     VALUES ($1, 2026, 'eingegangen', now(), now(), $2, 1 ${applicationId === undefined ? '' : ', $3'})`,
    [reference, 'ab'.repeat(32), ...(applicationId === undefined ? [] : [applicationId])],
  );

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

describe.each(['pglite', 'postgres'] as const)('migration 3 on %s', (kind) => {
  it('keeps the applications stored before it and refuses a second row with one application id', async () => {
    const db = await open(kind);
    expect((await migrate(db, migrations.slice(0, 2))).applied).toEqual([1, 2]);
    await insertSubmission(db, 'ZB-2026-000001');
    await insertSubmission(db, 'ZB-2026-000002');
    expect((await migrate(db, migrations.slice(0, 3))).applied).toEqual([3]);

    const before = await db.query<{ application_id: string | null }>(
      'SELECT application_id FROM submissions ORDER BY reference',
    );
    expect(before.rows.map((row) => row.application_id)).toEqual([null, null]);
    await insertSubmission(db, 'ZB-2026-000003', 'ZBA-0123456789AB');
    await expect(insertSubmission(db, 'ZB-2026-000004', 'ZBA-0123456789AB')).rejects.toThrow(
      /submissions_application_id|duplicate key/,
    );
    await insertSubmission(db, 'ZB-2026-000004');
  });
});
