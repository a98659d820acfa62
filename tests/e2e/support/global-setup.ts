import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    productionUrl: string;
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

export async function setup(project: TestProject) {
  const production = await serve('dist', 'production');
  const demo = await serve('dist-demo', 'demo');
  project.provide('productionUrl', urlOf(production));
  project.provide('demoUrl', urlOf(demo));
  return async () => {
    await Promise.all([production.close(), demo.close()]);
  };
}
