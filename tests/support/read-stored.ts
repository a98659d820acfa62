import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/* Tests only: what a stopped server left in its database, read directly. */

export type StoredRow = { reference: string; sha256: string; bytes: Uint8Array };

// base64 text, as the server itself reads bundles (bundle-store.ts: PGlite copies bytea slowly).
const query = `SELECT s.reference, b.sha256, encode(b.bytes, 'base64') AS base64
  FROM submissions s JOIN submission_bundles b USING (reference) ORDER BY s.reference`;

type Row = { reference: string; sha256: string; base64: string };

const toStored = (row: Row): StoredRow => ({
  reference: row.reference,
  sha256: row.sha256,
  bytes: new Uint8Array(Buffer.from(row.base64, 'base64')),
});

export async function readStoredBundles(
  where: { dataDir: string } | { databaseUrl: string },
): Promise<StoredRow[]> {
  if ('dataDir' in where) {
    const db = await PGlite.create(join(where.dataDir, 'pglite'));
    try {
      return (await db.query<Row>(query)).rows.map(toStored);
    } finally {
      await db.close();
    }
  }
  const client = new pg.Client({ connectionString: where.databaseUrl });
  await client.connect();
  try {
    return (await client.query<Row>(query)).rows.map(toStored);
  } finally {
    await client.end();
  }
}

export async function countRows(databaseUrl: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) AS counted`);
    return result.rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}
