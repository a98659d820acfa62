import type { Database } from './database';
import { migrations as defaultMigrations, type Migration } from './migrations';

/**
 * A fixed key for pg_advisory_lock: several server processes starting together on one empty database queue here,
 * and only the first applies the migrations; the others find them applied.
 */
export const migrationLockKey = 7_062_062;

export type MigrationOutcome = { applied: number[] };

export async function migrate(
  db: Database,
  migrations: readonly Migration[] = defaultMigrations,
  now: () => Date = () => new Date(),
): Promise<MigrationOutcome> {
  return db.session(async (connection) => {
    await connection.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
    try {
      await connection.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL
      )`);
      const done = await connection.query<{ version: number }>('SELECT version FROM schema_migrations');
      const appliedBefore = new Set(done.rows.map((row) => Number(row.version)));
      const newest = Math.max(0, ...appliedBefore);
      const known = Math.max(0, ...migrations.map((migration) => migration.version));
      if (newest > known) {
        throw new Error(
          `The database is at schema version ${newest}, newer than this server knows (${known}): deploy the newer server.`,
        );
      }
      const applied: number[] = [];
      for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
        if (appliedBefore.has(migration.version)) continue;
        await connection.exec('BEGIN');
        try {
          await connection.exec(migration.sql);
          await connection.query(
            'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
            [migration.version, migration.name, now().toISOString()],
          );
          await connection.exec('COMMIT');
        } catch (error) {
          await connection.exec('ROLLBACK');
          throw error;
        }
        applied.push(migration.version);
      }
      return { applied };
    } finally {
      await connection.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]);
    }
  });
}
