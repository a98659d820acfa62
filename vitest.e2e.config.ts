import { defineConfig } from 'vitest/config';

process.env.TZ = 'Europe/Berlin';

/**
 * End-to-end tests: real headless Chromium against the built apps served by `vite preview` with their headers
 * (the static production build, the msw demo) and by the insurer's real server in demo mode on PGlite.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser per file; two cores on our machines.
    maxWorkers: 2,
  },
});
