import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { createPgliteTemplate } from '../../support/pglite-template';
import { e2eRunDirVariable } from './worker-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The static production build (vite preview): no API behind it. */
    productionUrl: string;
    /** The static demo build with the msw mock insurer in a service worker. */
    demoUrl: string;
  }
}

async function serve(outDir: string, mode: string): Promise<PreviewServer> {
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(`${outDir} is missing: run the builds first (npm run test:e2e does).`);
  }
  // Port 0 would be ideal, but vite preview then reports no URL; ask it for a free one instead.
  return preview({
    mode,
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
  });
}

function urlOf(server: PreviewServer): string {
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return `http://localhost:${address.port}`;
}

/**
 * The static builds, shared by all workers: they hold no state (the msw mock keeps its own in each browser
 * context). The insurer's server, which holds state, runs once per worker (worker-server.ts), on a copy of one
 * PGlite cluster initialised here beside the builds' servers (initdb costs seconds of CPU; once per run, as
 * before, not once per worker). server-restart.e2e.test.ts still starts a server on an empty directory: the
 * server's own first start (initdb) stays covered.
 */
export async function setup(project: TestProject) {
  // The workers' server directories go in here (forks inherit the variable), so that a worker killed before its
  // teardown leaves nothing behind.
  const runDir = mkdtempSync(join(tmpdir(), 'zb-e2e-run-'));
  process.env[e2eRunDirVariable] = runDir;
  const [production, demo, removeTemplate] = await Promise.all([
    serve('dist', 'production'),
    serve('dist-demo', 'demo'),
    createPgliteTemplate(),
  ]);
  project.provide('productionUrl', urlOf(production));
  project.provide('demoUrl', urlOf(demo));
  return async () => {
    await Promise.all([production.close(), demo.close()]);
    removeTemplate();
    delete process.env.ZB_E2E_RUN_DIR;
    rmSync(runDir, { recursive: true, force: true });
  };
}
