import pg from 'pg';
import type { Database, Queryable } from './database';

type Client = Pick<pg.PoolClient, 'query'>;

const wrap = (client: Client): Queryable & { exec(sql: string): Promise<void> } => ({
  async query<Row>(sql: string, params: readonly unknown[] = []) {
    const result = await client.query(sql, [...params]);
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
  },
  async exec(sql: string) {
    // Without parameters pg uses the simple protocol, which takes several statements at once.
    await client.query(sql);
  },
});

/** A real PostgreSQL server through a pool of `pg` connections (DATABASE_URL). */
export async function openPostgresDatabase(
  url: string,
  options: { maxConnections?: number } = {},
): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    // A statement that hangs must not hold a request forever.
    statement_timeout: 30_000,
    connectionTimeoutMillis: 10_000,
  });
  // An idle connection that the server drops (restart, failover) must not crash the process.
  pool.on('error', () => undefined);
  // Fail at start, not at the first request, when the database cannot be reached.
  const probe = await pool.connect();
  probe.release();
  return {
    kind: 'postgres',
    query: (sql, params) => wrap(pool).query(sql, params),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async session(work) {
      const client = await pool.connect();
      try {
        return await work(wrap(client));
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
