import { builtinEnvironments, type Environment } from 'vitest/runtime';
import { closeWorkerBrowser } from './worker-browser';
import { closeWorkerServer } from './worker-server';

/**
 * Node, plus the end of a worker's life: vitest sets an environment up once per worker and tears it down when
 * the worker stops (with isolate off, after the last of its files), the one hook that runs then. The teardown
 * closes the worker's browser and server, which the files share (worker-browser.ts, worker-server.ts).
 */
export const workerEnvironment: Environment = {
  name: 'e2e-worker',
  viteEnvironment: 'ssr',
  async setup(global, options) {
    const node = await builtinEnvironments.node.setup(global, options);
    return {
      async teardown(global) {
        // The browser first: a page it still had open would hold a request to the server, and the server's
        // stop waits for requests in flight (up to SHUTDOWN_GRACE_SECONDS).
        await closeWorkerBrowser().catch(() => undefined);
        await closeWorkerServer();
        await node.teardown(global);
      },
    };
  },
};

// vitest loads a custom environment from the module's default export.
// eslint-disable-next-line import-x/no-default-export -- the one way vitest takes an environment from a path
export default workerEnvironment;
