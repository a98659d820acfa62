import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/*
 * Tests only: PGlite's first open of a directory runs initdb in WASM, seconds of CPU on our two cores (and far
 * more while other tests run). The server tests start dozens of servers, so one cluster is initialised per test
 * run and every fresh DATA_DIR starts as a copy of it; the server then opens an existing cluster and migrates it,
 * exactly as it does after a restart. The server's own first-start path (initdb) is what `npm start` and the
 * e2e tests exercise.
 */
export const pgliteTemplateVariable = 'ZB_PGLITE_TEMPLATE_DIR' as const;

/** globalSetup: an initialised, empty PGlite cluster in a temporary directory; returns its remover. */
export async function createPgliteTemplate(): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'zb-pglite-template-'));
  const db = await PGlite.create(join(dir, 'pglite'));
  await db.close();
  process.env[pgliteTemplateVariable] = dir;
  return () => {
    delete process.env.ZB_PGLITE_TEMPLATE_DIR;
    rmSync(dir, { recursive: true, force: true });
  };
}

/** A fresh DATA_DIR: a copy of the template when there is one, else empty (the server then runs initdb). */
export function freshDataDir(prefix = 'zb-server-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const template = process.env[pgliteTemplateVariable];
  if (template && existsSync(join(template, 'pglite'))) {
    cpSync(join(template, 'pglite'), join(dir, 'pglite'), { recursive: true });
  }
  return dir;
}
