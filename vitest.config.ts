import { defineConfig } from 'vitest/config';

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
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'tests/integration/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/dom-setup.ts'],
          // Whole-app tests walk through several wizard pages on two cores: seconds, not milliseconds.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
