import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';

type PGliteLike = Pick<PGlite, 'query' | 'exec'>;

const wrap = (db: PGliteLike): Queryable & { exec(sql: string): Promise<void> } => ({
  async query<Row>(sql: string, params: readonly unknown[] = []) {
    const result = await db.query<Row>(sql, [...params]);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  },
  async exec(sql: string) {
    await db.exec(sql);
  },
});

/**
 * PostgreSQL in WASM, in one directory. It is a single connection: every query and transaction queues behind the
 * one before (PGlite serialises them itself), so the same directory must never be opened by two processes
 * (see data-dir-lock.ts). `directory` undefined keeps everything in memory (tests).
 */
export async function openPgliteDatabase(directory: string | undefined): Promise<Database> {
  const db = directory === undefined ? await PGlite.create() : await PGlite.create(directory);
  const plain = wrap(db);
  return {
    kind: 'pglite',
    query: plain.query,
    transaction: (work) => db.transaction((tx) => work(wrap(tx as unknown as PGliteLike))),
    session: (work) => work(plain),
    close: () => db.close(),
  };
}
