import type { z } from 'zod';
import { caseQueueQuerySchema } from '../../api/contracts/caseworker-queue';

/** The queue's search, filters, sort and page: kept in the address, so back, forward and reload keep them. */
export type QueueState = z.output<typeof caseQueueQuerySchema>;

const shape = caseQueueQuerySchema.shape;
const keys = Object.keys(shape) as (keyof typeof shape)[];
export const defaultQueueState: QueueState = caseQueueQuerySchema.parse({});

/** Reads the address's parameters; one that does not fit the contract is left out (its default applies). */
export function queueStateFrom(params: URLSearchParams): QueueState {
  const raw: Record<string, unknown> = {};
  for (const key of keys) {
    const value = params.get(key);
    if (value === null || value.trim() === '') continue;
    const parsed = shape[key].safeParse(value);
    if (parsed.success) raw[key] = parsed.data;
  }
  return caseQueueQuerySchema.parse(raw);
}

/** The parameters for the address: only what differs from the defaults, so a plain queue has a plain address. */
export function queueParams(state: QueueState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = state[key];
    if (value === undefined || value === '' || value === defaultQueueState[key]) continue;
    params.set(key, String(value));
  }
  return params;
}

/** Whether a search or a filter narrows the queue (for the empty state's words). */
export function isFiltered(state: QueueState): boolean {
  return Boolean(state.q || state.status || state.year || state.flag || state.assigned);
}
