import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { planFailures, switchState } from '../../mocks/control/failure-switch';
import { resetSubmissionStore, submissionStore } from '../../mocks/store/current-submission-store';
import { tinyBag } from '../../mocks/test-support/tiny-bag';
import { ApiError } from '../../src/api/api-error';
import {
  attemptTimeoutMs,
  defaultSendTimeout,
  submitApplication,
  type SubmissionProgress,
} from '../../src/api/submit-application';
import { acceptedBundle } from '../support/application-bundle';

// Zeros instead of 1, 2, 4 and 8 seconds: the same five attempts, without waiting.
const instantly = [0, 0, 0, 0];

// Tiny, so a stalled attempt ends at once; generous enough for a whole answer of the mock otherwise.
const quickTimeout = { baseMs: 150, perMegabyteMs: 0 };

function send(
  options: {
    bytes?: Uint8Array;
    key?: string;
    signal?: AbortSignal;
    delays?: number[];
    timeout?: { baseMs: number; perMegabyteMs: number };
  } = {},
) {
  const progress: SubmissionProgress[] = [];
  const result = submitApplication({
    bytes: options.bytes ?? acceptedBundle(),
    idempotencyKey: options.key ?? randomUUID(),
    year: 2026,
    retryDelaysMs: options.delays ?? instantly,
    onProgress: (step) => progress.push(step),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.timeout ? { timeout: options.timeout } : {}),
  });
  return { result, progress };
}

const sendings = (progress: SubmissionProgress[]) => progress.filter((step) => step.phase === 'sending');

beforeEach(() => resetSubmissionStore());

describe('submitApplication', () => {
  it('retries a network error and a 503 with the same key and bytes, and one submission arrives', async () => {
    planFailures('submission', 1, 'network');
    planFailures('submission', 1, 503);
    const { result, progress } = send();
    const receipt = await result;
    expect(receipt.reference).toBe('ZB-2026-000001');
    expect(receipt.abrufcode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/);
    expect(progress).toEqual([
      { phase: 'sending', attempt: 1, maxAttempts: 5 },
      { phase: 'waiting-to-retry', attempt: 1, maxAttempts: 5, nextTryInMs: 0 },
      { phase: 'sending', attempt: 2, maxAttempts: 5 },
      { phase: 'waiting-to-retry', attempt: 2, maxAttempts: 5, nextTryInMs: 0 },
      { phase: 'sending', attempt: 3, maxAttempts: 5 },
    ]);
    const stored = await submissionStore().listSubmissions();
    expect(stored.map((submission) => submission.reference)).toEqual([receipt.reference]);
  });

  it('gets the first reference again when the answer was lost after the mock stored the bundle', async () => {
    const key = randomUUID();
    planFailures('submission', 1, 'lost-response');
    const { result, progress } = send({ key });
    const receipt = await result;
    expect(sendings(progress)).toHaveLength(2);
    const stored = await submissionStore().listSubmissions();
    expect(stored).toHaveLength(1);
    expect(receipt.reference).toBe(stored[0]!.reference);
    // And a later send of the same bundle (e.g. after a reload) is the same submission, too.
    expect(await send({ key }).result).toEqual(receipt);
  });

  it('waits for a first request still in flight (409) and then gets its answer', async () => {
    planFailures('submission', 1, 409);
    const { result, progress } = send();
    expect((await result).reference).toBe('ZB-2026-000001');
    expect(sendings(progress)).toHaveLength(2);
  });

  it("treats a 400 as final, with the problem's code and title", async () => {
    const { result, progress } = send({ bytes: new TextEncoder().encode('kein zip') });
    const error: unknown = await result.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', status: 400, code: 'submission.notZip' });
    expect((error as ApiError).message).toBe('The bundle is not a readable zip file');
    expect(progress).toEqual([{ phase: 'sending', attempt: 1, maxAttempts: 5 }]);
  });

  it('treats a bundle that fails verification (422) as final, with its code', async () => {
    const { result, progress } = send({ bytes: tinyBag().zip });
    await expect(result).rejects.toMatchObject({ status: 422, code: 'submission.invalidBundle' });
    expect(sendings(progress)).toHaveLength(1);
    expect(await submissionStore().listSubmissions()).toEqual([]);
  });

  it('treats a key reused for other bytes (422) as final and stores nothing new', async () => {
    const key = randomUUID();
    await send({ key, bytes: acceptedBundle('eins') }).result;
    const { result, progress } = send({ key, bytes: acceptedBundle('zwei') });
    await expect(result).rejects.toMatchObject({ status: 422, code: 'idempotencyKey.reused' });
    expect(sendings(progress)).toHaveLength(1);
    expect(await submissionStore().listSubmissions()).toHaveLength(1);
  });

  it('treats 409 submission.alreadySubmitted as final: the application is there, and nothing is sent again', async () => {
    const bytes = acceptedBundle('schon gesendet');
    await send({ bytes }).result;
    const { result, progress } = send({ bytes });
    const error: unknown = await result.catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'http', status: 409, code: 'submission.alreadySubmitted' });
    expect(progress).toEqual([{ phase: 'sending', attempt: 1, maxAttempts: 5 }]);
    expect(await submissionStore().listSubmissions()).toHaveLength(1);
  });

  it("ends a stalled attempt after its timeout with a 'timeout' error and sends nothing more by itself", async () => {
    planFailures('submission', 1, 'stall');
    const key = randomUUID();
    const { result, progress } = send({ key, timeout: quickTimeout });
    const error: unknown = await result.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'timeout', retryable: false });
    expect(progress).toEqual([{ phase: 'sending', attempt: 1, maxAttempts: 5 }]);
    expect(await submissionStore().listSubmissions()).toEqual([]);
    // The user's "Erneut senden": the same key and bytes, a first arrival, one application.
    const receipt = await send({ key }).result;
    expect(await submissionStore().listSubmissions()).toHaveLength(1);
    expect(receipt.reference).toBe('ZB-2026-000001');
  });

  it('reports an abort during a stalled attempt as the abort, not as a timeout', async () => {
    planFailures('submission', 1, 'stall');
    const controller = new AbortController();
    const { result } = send({
      signal: controller.signal,
      timeout: { baseMs: 3_600_000, perMegabyteMs: 0 },
    });
    // Once the stall holds the request (its plan is taken), the user leaves the page.
    await vi.waitFor(() => expect(switchState().failures).toEqual([]));
    controller.abort();
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('allows an attempt a minute plus 10 seconds per MB by default', () => {
    const mb = 1024 * 1024;
    expect(defaultSendTimeout).toEqual({ baseMs: 60_000, perMegabyteMs: 10_000 });
    expect(attemptTimeoutMs(0)).toBe(60_000);
    expect(attemptTimeoutMs(5 * mb)).toBe(110_000);
    expect(attemptTimeoutMs(50 * mb)).toBe(560_000);
    expect(attemptTimeoutMs(mb / 2, { baseMs: 10, perMegabyteMs: 4 })).toBe(12);
  });

  it('gives up after the last attempt with the last error', async () => {
    planFailures('submission', 5, 503);
    const { result, progress } = send();
    await expect(result).rejects.toMatchObject({ kind: 'http', status: 503 });
    expect(sendings(progress)).toHaveLength(5);
    expect(progress.at(-1)).toEqual({ phase: 'sending', attempt: 5, maxAttempts: 5 });
    expect(await submissionStore().listSubmissions()).toEqual([]);
  });

  it('stops retrying when aborted while it waits, and sends nothing more', async () => {
    planFailures('submission', 3, 'network');
    const controller = new AbortController();
    const progress: SubmissionProgress[] = [];
    const result = submitApplication({
      bytes: acceptedBundle(),
      idempotencyKey: randomUUID(),
      year: 2026,
      // An hour: only the abort can end this wait.
      retryDelaysMs: [3_600_000, 3_600_000],
      signal: controller.signal,
      onProgress: (step) => {
        progress.push(step);
        if (step.phase === 'waiting-to-retry') controller.abort();
      },
    });
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    expect(sendings(progress)).toHaveLength(1);
    expect(await submissionStore().listSubmissions()).toEqual([]);
  });

  it('does not start when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const { result, progress } = send({ signal: controller.signal });
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    expect(progress).toEqual([]);
  });
});
