import type { z } from 'zod';
import { ApiError } from './api-error';
import { whenApiReady } from './api-ready';
import { apiProblemSchema } from './contracts/api-problem';

/** Fetches a JSON resource of the insurer's API and parses it with its contract; nothing unparsed leaks out. */
/** Fetches a JSON resource of the insurer's API and parses it with its contract; nothing unparsed leaks out. */
export async function apiFetch<T>(path: string, schema: z.ZodType<T>, init: RequestInit = {}): Promise<T> {
  const response = await send(path, { ...init, headers: { Accept: 'application/json', ...init.headers } });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw problemError(path, response, body);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('invalid-response', `Unexpected response for ${path}: ${parsed.error.message}`, {
      status: response.status,
    });
  }
  return parsed.data;
}

/** Fetches a binary resource (a bundle, a letter): its bytes, or the same ApiError as apiFetch. */
export async function apiFetchBytes(
  path: string,
  accept: string,
  init: RequestInit = {},
): Promise<Uint8Array> {
  const response = await send(path, { ...init, headers: { Accept: accept, ...init.headers } });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw problemError(path, response, body);
  }
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (cause) {
    throw new ApiError('network', `The answer for ${path} broke off`, { cause });
  }
}

async function send(path: string, init: RequestInit): Promise<Response> {
  await whenApiReady();
  try {
    // Absolute against the page, so the same code runs in the browser and on the Node test server.
    return await fetch(new URL(path, window.location.href), { ...init, credentials: 'same-origin' });
  } catch (cause) {
    throw new ApiError('network', `Network error for ${path}`, { cause });
  }
}

function problemError(path: string, response: Response, body: unknown): ApiError {
  const problem = apiProblemSchema.safeParse(body);
  const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
  return new ApiError('http', problem.success ? problem.data.title : `HTTP ${response.status} for ${path}`, {
    status: response.status,
    ...(problem.success ? { code: problem.data.code, problem: body } : {}),
    ...(retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter }),
  });
}

/** Retry-After in delay-seconds (what our server sends); an HTTP date or anything else gives undefined. */
function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim());
}
