import { ApiError } from './api-error';
import { whenApiReady } from './api-ready';
import { apiProblemSchema } from './contracts/api-problem';
import {
  applicationYearHeader,
  idempotencyKeyHeader,
  submissionContentType,
  submissionReceiptSchema,
  submissionsPath,
  type SubmissionReceipt,
} from './contracts/submission';

export type SubmissionProgress =
  | { phase: 'sending'; attempt: number; maxAttempts: number }
  | { phase: 'waiting-to-retry'; attempt: number; maxAttempts: number; nextTryInMs: number };

/** Waits between attempts: 1, 2, 4 and 8 seconds, so five attempts span about a quarter of a minute. */
export const defaultRetryDelaysMs: readonly number[] = [1000, 2000, 4000, 8000];

export interface SubmitApplicationOptions {
  /** The bundle as built once; the very same bytes go out on every attempt (ADR 0010). */
  bytes: Uint8Array;
  /** A UUID v4 kept with the bytes; the same key on every attempt, also after a reload. */
  idempotencyKey: string;
  year: number;
  signal?: AbortSignal;
  onProgress?: (progress: SubmissionProgress) => void;
  /** One delay per retry: its length + 1 is the number of attempts. Tests pass zeros. */
  retryDelaysMs?: readonly number[];
}

// 408 and 429 say "not now", 409 "your first request is still being processed": all end well with the same key.
const retryableStatuses = new Set([408, 409, 429]);

function isRetryable(error: ApiError): boolean {
  return error.retryable || (error.status !== undefined && retryableStatuses.has(error.status));
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

// fetch takes no view on a SharedArrayBuffer: copy only when the bytes live in one.
function bodyOf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

async function sendOnce(options: SubmitApplicationOptions): Promise<SubmissionReceipt> {
  let response: Response;
  try {
    response = await fetch(new URL(submissionsPath, window.location.href), {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': submissionContentType,
        [idempotencyKeyHeader]: options.idempotencyKey,
        [applicationYearHeader]: String(options.year),
      },
      body: bodyOf(options.bytes),
      credentials: 'same-origin',
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (cause) {
    if (options.signal?.aborted) throw options.signal.reason;
    throw new ApiError('network', `Network error for ${submissionsPath}`, { cause });
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = apiProblemSchema.safeParse(body);
    throw new ApiError('http', problem.success ? problem.data.title : `HTTP ${response.status}`, {
      status: response.status,
      ...(problem.success ? { code: problem.data.code } : {}),
    });
  }
  const parsed = submissionReceiptSchema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('invalid-response', `Unexpected receipt: ${parsed.error.message}`, {
      status: response.status,
    });
  }
  return parsed.data;
}

/**
 * Sends the application bundle until the insurer confirms it, retrying network failures, 5xx, 408, 409 and 429
 * with the same key and bytes: the server answers a repetition with its first answer, so a retry can never
 * create a second submission. Other 4xx are final. Rejects with an ApiError, or with the signal's reason.
 */
export async function submitApplication(options: SubmitApplicationOptions): Promise<SubmissionReceipt> {
  const delays = options.retryDelaysMs ?? defaultRetryDelaysMs;
  const maxAttempts = delays.length + 1;
  await whenApiReady();
  for (let attempt = 1; ; attempt += 1) {
    options.signal?.throwIfAborted();
    options.onProgress?.({ phase: 'sending', attempt, maxAttempts });
    try {
      return await sendOnce(options);
    } catch (error) {
      const nextTryInMs = delays[attempt - 1];
      if (!(error instanceof ApiError) || !isRetryable(error) || nextTryInMs === undefined) throw error;
      options.onProgress?.({ phase: 'waiting-to-retry', attempt, maxAttempts, nextTryInMs });
      await wait(nextTryInMs, options.signal);
    }
  }
}
