import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, vi, type MockInstance } from 'vitest';

/**
 * Tests only: an msw server for the insurer's endpoints a test file adds per test (the app's mock backend stays out
 * of src, see eslint), and the fetch calls the app itself made — msw may run a handler more than once when the
 * global test server listens too, so handlers must not count. Call once at the top of a test file.
 */
export function apiEndpoints() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  let fetchSpy: MockInstance<typeof fetch> | undefined;
  beforeEach(() => {
    fetchSpy = vi.spyOn(globalThis, 'fetch');
  });
  afterEach(() => fetchSpy?.mockRestore());
  const fetchCalls = (): Parameters<typeof fetch>[] => fetchSpy?.mock.calls ?? [];
  return { server, fetchCalls };
}
