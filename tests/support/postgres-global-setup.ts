import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from '../../scripts/throwaway-postgres.ts';
import { createPgliteTemplate } from './pglite-template.ts';

/**
 * vitest globalSetup of the `server` project: the tests get a PostgreSQL superuser URL, never a skip.
 * TEST_DATABASE_URL set (CI starts a cluster in .ci/run): use it. Unset: start a throwaway cluster with
 * Debian's postgresql for this run and stop it afterwards; without the binaries this fails and says why.
 *
 * Workers read the URL from process.env (set here before any worker starts, and forks inherit it) and,
 * should a pool not inherit it, from inject('testDatabaseUrl') (tests/support/postgres.ts).
 */
export async function setup(project: TestProject) {
  // Fresh PGlite data directories start as copies of one initialised cluster (pglite-template.ts).
  const removeTemplate = await createPgliteTemplate();
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('testDatabaseUrl', given);
    return removeTemplate;
  }
  const cluster = await startThrowawayPostgres();
  process.env.TEST_DATABASE_URL = cluster.adminUrl;
  project.provide('testDatabaseUrl', cluster.adminUrl);
  return async () => {
    delete process.env.TEST_DATABASE_URL;
    await cluster.stop();
    removeTemplate();
  };
}
