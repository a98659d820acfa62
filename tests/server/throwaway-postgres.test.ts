import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

async function tableExists(url: string, table: string): Promise<boolean> {
  const result = await query(url, `SELECT to_regclass('public.${table}') IS NOT NULL AS present`);
  return result.rows[0].present as boolean;
}

describe('createTestDatabase', () => {
  it('reaches the workers: the globalSetup URL is in process.env and provided', () => {
    expect(process.env.TEST_DATABASE_URL).toMatch(/^postgres(ql)?:\/\//);
    expect(inject('testDatabaseUrl')).toBe(process.env.TEST_DATABASE_URL);
  });

  const created: TestDatabase[] = [];
  afterAll(async () => {
    await Promise.all(created.map((database) => database.drop()));
  });

  it('gives two distinct, usable databases that do not see each other', async () => {
    const [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    created.push(first, second);
    expect(first.url).not.toBe(second.url);

    await query(first.url, 'CREATE TABLE only_here (id integer PRIMARY KEY, note text NOT NULL)');
    await query(first.url, "INSERT INTO only_here VALUES (1, 'first')");

    expect((await query(first.url, 'SELECT note FROM only_here')).rows).toEqual([{ note: 'first' }]);
    expect(await tableExists(first.url, 'only_here')).toBe(true);
    expect(await tableExists(second.url, 'only_here')).toBe(false);
    expect((await query(second.url, 'SELECT current_database() AS name')).rows[0].name).toBe(
      new URL(second.url).pathname.slice(1),
    );
  });

  it('drop ends open connections and removes the database', async () => {
    const database = await createTestDatabase();
    const name = new URL(database.url).pathname.slice(1);
    // A connection left open, as a server pool under test would: drop must not wait for it.
    const open = new pg.Client({ connectionString: database.url });
    open.on('error', () => undefined);
    await open.connect();
    await open.query('SELECT 1');

    await database.drop();

    const admin = process.env.TEST_DATABASE_URL!;
    const left = await query(admin, `SELECT count(*)::int AS n FROM pg_database WHERE datname = '${name}'`);
    expect(left.rows[0].n).toBe(0);
    await expect(query(database.url, 'SELECT 1')).rejects.toThrow(/does not exist/);
    await open.end().catch(() => undefined);
    // Dropping twice is harmless (afterAll hooks may race a test's own drop).
    await expect(database.drop()).resolves.toBeUndefined();
  });
});
