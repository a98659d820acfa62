import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

process.env.TZ = 'Europe/Berlin';

/**
 * End-to-end tests: real headless Chromium against the built apps served by `vite preview` with their headers
 * (the static production build, the msw demo) and by the insurer's real server in demo mode on PGlite.
 *
 * Files run in parallel, one worker per core. A worker keeps one Chromium and (when a file needs it) one insurer
 * server with its own PGlite database for all the files it runs, one after the other: isolate off keeps the
 * worker, and its environment closes both when the worker stops (tests/e2e/support/worker-*.ts). Every file
 * opens fresh browser contexts, and the setup file closes any a file left open, so no state passes between files
 * except the server's stored submissions, which every test that counts them reads as "since before" (send.ts).
 */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: './tests/e2e/support/worker-environment.ts',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    setupFiles: ['tests/e2e/support/worker-setup.ts'],
    pool: 'forks',
    isolate: false,
    maxWorkers: availableParallelism(),
    // Two workers and whatever else the machine runs share two cores: a journey that takes 50 s alone (the first
    // start of a server on an empty directory is half of server-restart's) took over 60 s beside the others.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
