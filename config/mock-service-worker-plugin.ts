import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

// msw's service worker script lives in mocks/public, not in public/: everything in public/ is copied into every
// build, and the production build must not carry a script that answers the insurer's API from the browser. This
// plugin serves it in the dev server and emits it into the demo build only.

const workerFile = 'mocks/public/mockServiceWorker.js';
const workerPath = '/mockServiceWorker.js';

export function mockServiceWorker(enabled: boolean): Plugin {
  return {
    name: 'mock-service-worker',
    configureServer(server) {
      if (!enabled) return;
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== workerPath) return next();
        response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        response.end(readFileSync(workerFile));
      });
    },
    generateBundle() {
      if (!enabled) return;
      this.emitFile({ type: 'asset', fileName: workerPath.slice(1), source: readFileSync(workerFile) });
    },
  };
}
