import type { z } from 'zod';
import { ApiError } from './api-error';
import { whenApiReady } from './api-ready';
import { apiProblemSchema } from './contracts/api-problem';

/** Fetches a JSON resource of the insurer's API and parses it with its contract; nothing unparsed leaks out. */
export async function apiFetch<T>(path: string, schema: z.ZodType<T>, init: RequestInit = {}): Promise<T> {
  await whenApiReady();
  let response: Response;
  try {
    // Absolute against the page, so the same code runs in the browser and on the Node test server.
    response = await fetch(new URL(path, window.location.href), {
      ...init,
      headers: { Accept: 'application/json', ...init.headers },
      credentials: 'same-origin',
    });
  } catch (cause) {
    throw new ApiError('network', `Network error for ${path}`, { cause });
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = apiProblemSchema.safeParse(body);
    const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
    throw new ApiError('http', problem.success ? problem.data.title : `HTTP ${response.status} for ${path}`, {
      status: response.status,
      ...(problem.success ? { code: problem.data.code } : {}),
      ...(retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter }),
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('invalid-response', `Unexpected response for ${path}: ${parsed.error.message}`, {
      status: response.status,
    });
  }
  return parsed.data;
}

/** Retry-After in delay-seconds (what our server sends); an HTTP date or anything else gives undefined. */
function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim());
}
