import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './api-fetch';
import {
  abrufcodeHeader,
  submissionPath,
  submissionStateSchema,
  type SubmissionState,
} from './contracts/submission';

/**
 * Where a sent application stands. The Abrufcode travels in a header, never in the URL (proxies and histories
 * keep URLs); a GET, so retrying it is harmless (a 404 or 400 is not retried: see query-client.ts).
 */
export function fetchSubmissionStatus(reference: string, abrufcode: string): Promise<SubmissionState> {
  return apiFetch(submissionPath(reference), submissionStateSchema, {
    headers: { [abrufcodeHeader]: abrufcode },
  });
}

// The code is a secret: it stays in the query function, never in the key (devtools and caches show keys).
export const submissionStatusQuery = (reference: string, abrufcode: string) =>
  queryOptions({
    queryKey: ['submissions', reference, 'status'],
    queryFn: () => fetchSubmissionStatus(reference, abrufcode),
    // A caseworker's step takes days, not seconds: a minute is fresh enough for the status page.
    staleTime: 60 * 1000,
  });
