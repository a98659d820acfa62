import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiFetch } from './api-fetch';
import { caseworkerPostHeaders } from './caseworker-session';
import {
  caseAssignPath,
  caseQueueItemSchema,
  caseQueuePageSchema,
  caseQueuePath,
  type CaseQueueItem,
  type CaseQueuePage,
  type CaseQueueQuery,
} from './contracts/caseworker-queue';

/** The query string of a queue request: only the parameters that are set, in the contract's names. */
export function caseQueueSearch(query: CaseQueueQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function fetchCaseQueue(query: CaseQueueQuery): Promise<CaseQueuePage> {
  return apiFetch(`${caseQueuePath}${caseQueueSearch(query)}`, caseQueuePageSchema);
}

export const caseQueueQuery = (query: CaseQueueQuery) =>
  queryOptions({
    queryKey: ['caseworker', 'queue', query],
    queryFn: () => fetchCaseQueue(query),
    // The table stays while the next page loads, so it does not jump; the page says it is loading.
    placeholderData: keepPreviousData,
  });

/**
 * Takes a case for the caller and answers its queue row: called when the case is opened (the case page, issue 13
 * deliverable 4); again by the holder, it changes nothing. A 409 `case.taken` means another caseworker has it
 * (caseTakenProblemSchema names who). Never retried by itself: a POST.
 */
export function assignCase(reference: string): Promise<CaseQueueItem> {
  return apiFetch(caseAssignPath(reference), caseQueueItemSchema, {
    method: 'POST',
    headers: caseworkerPostHeaders(),
  });
}
