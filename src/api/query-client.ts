import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error';

/** Created in the lazy chunk that first needs it, so the start page does not carry TanStack Query. */
export function createQueryClient(options: { retryDelayMs?: number } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Retrying a 4xx cannot help; network errors and 5xx may pass on the next try.
        retry: (failureCount, error) => failureCount < 2 && error instanceof ApiError && error.retryable,
        ...(options.retryDelayMs === undefined ? {} : { retryDelay: options.retryDelayMs }),
        refetchOnWindowFocus: false,
      },
    },
  });
}
