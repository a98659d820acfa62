import { configDefaults, defineConfig } from 'vitest/config';

// Rules depend on dates: every test runs in the insurer's time zone, whatever the machine says.
process.env.TZ = 'Europe/Berlin';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'src/**/*.test.ts',
            'mocks/**/*.test.ts',
            'tests/lint/**/*.test.ts',
            'config/**/*.test.ts',
          ],
          // The server's tests need PostgreSQL: they run in the server project.
          exclude: [...configDefaults.exclude, 'src/server/**'],
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'tests/integration/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, 'src/server/**'],
          setupFiles: ['tests/setup/dom-setup.ts'],
          // Whole-app tests walk through several wizard pages on two cores: seconds, not milliseconds.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'server',
          environment: 'node',
          include: ['src/server/**/*.test.ts', 'tests/contract/**/*.test.ts', 'tests/server/**/*.test.ts'],
          // PostgreSQL from TEST_DATABASE_URL, or a throwaway cluster started for the run (never a skip).
          globalSetup: ['tests/support/postgres-global-setup.ts'],
          // Starting a cluster and creating databases takes seconds on two cores.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
          // After the unit and dom projects, not beside them: servers, PostgreSQL and worker threads would
          // otherwise share the two cores with jsdom (vitest requires its own group for its own maxWorkers).
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
