// First, as in every browser entry: zod runs without eval (see the module).
import '../../src/documents/zod-jitless';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { resetSwitch } from '../../mocks/control/failure-switch';
import { server } from '../../mocks/node/server';

// Lazy routes load module chunks on the first visit; on a busy two-core machine that can take more than the
// default second. Waiting longer changes nothing when the app is right, and only delays the report when it is not.
configure({ asyncUtilTimeout: 5_000 });

// A request nobody handles is a bug in the test or the app, never something to ignore.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetSwitch();
  window.localStorage.clear();
  window.sessionStorage.clear();
});
afterAll(() => server.close());

// An unexpected console.error (React warnings, failed prop types, act() problems) fails the test.
beforeAll(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error during test: ${args.map(String).join(' ')}`);
  });
});
