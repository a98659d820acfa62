import { apiEndpoints } from '../../../api/api-endpoints.test-support';

/**
 * Tests only: the insurer's endpoints as each status test needs them, and how often the app itself called fetch
 * for a path (apiEndpoints). Call once at the top of a test file.
 */
export function statusEndpoints() {
  const { server, fetchCalls } = apiEndpoints();
  const requestsTo = (path: string) =>
    fetchCalls().filter(([input]) => String(input instanceof Request ? input.url : input).endsWith(path))
      .length;
  return { server, requestsTo };
}
