import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, vi, type MockInstance } from 'vitest';

/**
 * Tests only: the insurer's endpoints as each status test needs them (the app's mock backend stays out of src,
 * see eslint), and how often the app itself called fetch for a path — msw may run a handler more than once when
 * the global test server listens too. Call once at the top of a test file.
 */
export function statusEndpoints() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  let fetchSpy: MockInstance<typeof fetch> | undefined;
  beforeEach(() => {
    fetchSpy = vi.spyOn(globalThis, 'fetch');
  });
  afterEach(() => fetchSpy?.mockRestore());
  const requestsTo = (path: string) =>
    (fetchSpy?.mock.calls ?? []).filter(([input]) =>
      String(input instanceof Request ? input.url : input).endsWith(path),
    ).length;
  return { server, requestsTo };
}
