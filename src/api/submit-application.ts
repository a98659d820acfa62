import { ApiError } from './api-error';
import { whenApiReady } from './api-ready';
import { apiProblemSchema } from './contracts/api-problem';
import {
  applicationYearHeader,
  idempotencyKeyHeader,
  submissionContentType,
  submissionProblemCodes,
  submissionReceiptSchema,
  submissionsPath,
  type SubmissionReceipt,
} from './contracts/submission';

export type SubmissionProgress =
  | { phase: 'sending'; attempt: number; maxAttempts: number }
  | { phase: 'waiting-to-retry'; attempt: number; maxAttempts: number; nextTryInMs: number };

/** Waits between attempts: 1, 2, 4 and 8 seconds, so five attempts span about a quarter of a minute. */
export const defaultRetryDelaysMs: readonly number[] = [1000, 2000, 4000, 8000];

/** How long one attempt may take, from the first byte sent to the last byte of the answer. */
export type SendTimeout = { baseMs: number; perMegabyteMs: number };

/**
 * A minute for the insurer's side (it gives a bundle's verification at most 30 s) and the round trips, plus
 * 10 s per MB of upload, i.e. a connection of about 0.8 Mbit/s still gets through. fetch reports no upload
 * progress, so a slow upload and a stalled one look alike until this ends them: a 5 MB application gets
 * 1 min 50 s, the largest (50 MB) 9 min 20 s.
 */
export const defaultSendTimeout: SendTimeout = { baseMs: 60_000, perMegabyteMs: 10_000 };

const megabyte = 1024 * 1024;

export function attemptTimeoutMs(bundleBytes: number, timeout: SendTimeout = defaultSendTimeout): number {
  return timeout.baseMs + Math.ceil((bundleBytes / megabyte) * timeout.perMegabyteMs);
}

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
  /** Per attempt; an attempt that takes longer ends with ApiError 'timeout'. Tests pass a few milliseconds. */
  timeout?: SendTimeout;
}

/** Thrown inside an attempt when its own timer aborts it: told apart from the caller's abort. */
const attemptTimedOut = Symbol('attempt timed out');

// 408 and 429 say "not now", 409 "your first request is still being processed": all end well with the same key.
const retryableStatuses = new Set([408, 409, 429]);

function isRetryable(error: ApiError): boolean {
  // The one 409 that no retry can change: another key already brought this application (never resend).
  if (error.code === submissionProblemCodes.alreadySubmitted) return false;
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
  const limitMs = attemptTimeoutMs(options.bytes.byteLength, options.timeout);
  // One controller per attempt: its timer covers the upload and the whole answer, and the caller's abort
  // reaches it too (AbortSignal.any is not everywhere this app runs).
  const attempt = new AbortController();
  const onAbort = () => attempt.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => attempt.abort(attemptTimedOut), limitMs);
  const failed = (cause: unknown): never => {
    if (options.signal?.aborted) throw options.signal.reason;
    if (attempt.signal.reason === attemptTimedOut) {
      throw new ApiError('timeout', `No answer for ${submissionsPath} within ${limitMs} ms`, { cause });
    }
    throw new ApiError('network', `Network error for ${submissionsPath}`, { cause });
  };
  try {
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
        signal: attempt.signal,
      });
    } catch (cause) {
      return failed(cause);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      // The answer broke off (or stalled) halfway: as good as no answer.
      return failed(cause);
    }
    const body: unknown = parseJson(text);
    if (!response.ok) {
      const problem = apiProblemSchema.safeParse(body);
      throw new ApiError('http', problem.success ? problem.data.title : `HTTP ${response.status}`, {
        status: response.status,
        ...(problem.success
          ? { code: problem.data.code, paths: (problem.data.errors ?? []).map(({ path }) => path) }
          : {}),
      });
    }
    const parsed = submissionReceiptSchema.safeParse(body);
    if (!parsed.success) {
      throw new ApiError('invalid-response', `Unexpected receipt: ${parsed.error.message}`, {
        status: response.status,
      });
    }
    return parsed.data;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Sends the application bundle until the insurer confirms it, retrying network failures, 5xx, 408, 409 and 429
 * with the same key and bytes: the server answers a repetition with its first answer, so a retry can never
 * create a second submission. Other 4xx, 409 submission.alreadySubmitted and an attempt that outlasts its
 * timeout are final here. Rejects with an ApiError, or with the signal's reason.
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
