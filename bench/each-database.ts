import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../src/server/db/database';
import { openPgliteDatabase } from '../src/server/db/pglite-database';
import { openPostgresDatabase } from '../src/server/db/postgres-database';
import { freshDatabase } from './server-load';

/** One measurement on one database: how to open it for seeding, and the server's environment for it. */
export type DatabaseRun = (
  label: string,
  open: () => Promise<Database>,
  env: Record<string, string>,
) => Promise<void>;

/**
 * Runs a server measurement on PGlite in a directory of its own and — when TEST_DATABASE_URL or DATABASE_URL names
 * a cluster — on a fresh database there, dropped afterwards; says so when PostgreSQL is skipped or fails.
 */
export async function onEachDatabase(prefix: string, run: DatabaseRun): Promise<void> {
  const pgliteDir = mkdtempSync(join(tmpdir(), `${prefix}-data-`));
  try {
    await run('PGlite', () => openPgliteDatabase(join(pgliteDir, 'pglite')), { DATA_DIR: pgliteDir });
  } finally {
    rmSync(pgliteDir, { recursive: true, force: true });
  }
  const given = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!given) {
    console.log(
      '  PostgreSQL: skipped (set TEST_DATABASE_URL or DATABASE_URL to a cluster the bench may add a database to)',
    );
    return;
  }
  try {
    const database = await freshDatabase(given);
    try {
      await run('PostgreSQL (fresh database)', () => openPostgresDatabase(database.url), {
        DATABASE_URL: database.url,
      });
    } finally {
      await database.drop();
    }
  } catch (error) {
    console.log(`  PostgreSQL FAILED: ${(error as Error).message}`);
  }
}
