import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './api-fetch';
import { submissionPath, submissionStateSchema } from './contracts/submission';

/** Where a sent application stands; a GET, so retrying it (the query client's default) is harmless. */
export const submissionStatusQuery = (reference: string) =>
  queryOptions({
    queryKey: ['submissions', reference],
    queryFn: () => apiFetch(submissionPath(reference), submissionStateSchema),
    // A caseworker's step takes days, not seconds: a minute is fresh enough for the status page.
    staleTime: 60 * 1000,
  });
