import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { startInsurerServer } from './insurer-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The static production build (vite preview): no API behind it. */
    productionUrl: string;
    /** The static demo build with the msw mock insurer in a service worker. */
    demoUrl: string;
    /** The real server in demo mode on PGlite, serving the production build and the API. */
    serverUrl: string;
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

export async function setup(project: TestProject) {
  // A fresh PGlite directory per run: no submission of an earlier run is ever seen.
  const dataDir = mkdtempSync(join(tmpdir(), 'zb-e2e-server-'));
  const [production, demo, server] = await Promise.all([
    serve('dist', 'production'),
    serve('dist-demo', 'demo'),
    startInsurerServer(dataDir),
  ]);
  project.provide('productionUrl', urlOf(production));
  project.provide('demoUrl', urlOf(demo));
  project.provide('serverUrl', server.url);
  return async () => {
    await Promise.all([production.close(), demo.close(), server.close()]);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
