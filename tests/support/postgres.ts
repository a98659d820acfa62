import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the PostgreSQL the server tests use (tests/support/postgres-global-setup.ts). */
    testDatabaseUrl: string | undefined;
  }
}

export interface TestDatabase {
  /** Connection URL of a fresh, empty database that only this test (file) uses. */
  url: string;
  /** Ends every connection to the database, then drops it. */
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL || inject('testDatabaseUrl');
  if (!url) {
    throw new Error(
      'TEST_DATABASE_URL is not set. Run the server tests with `npx vitest run --project server` (its globalSetup ' +
        'starts a throwaway cluster), or start one with `npx tsx scripts/throwaway-postgres.ts start` and export ' +
        'the TEST_DATABASE_URL it prints (a superuser URL; stop it with `... stop <dir>`).',
    );
  }
  return url;
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Names are generated here, never taken from input: quoting them as identifiers is then enough. */
function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Creates a database with a random name on the test cluster; drop() removes it again. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = adminUrl();
  const name = `zb_test_${randomBytes(8).toString('hex')}`;
  await withAdmin(admin, async (client) => {
    // Two CREATE DATABASE at once can find the template busy (55006): wait a moment and try again.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  });
  const url = new URL(admin);
  url.pathname = `/${name}`;
  let dropped: Promise<void> | undefined;
  return {
    url: url.toString(),
    drop: () =>
      (dropped ??= withAdmin(admin, async (client) => {
        await client.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [name],
        );
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
      })),
  };
}
