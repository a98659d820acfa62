import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { planFailures } from '../../mocks/control/failure-switch';
import { resetSubmissionStore } from '../../mocks/store/current-submission-store';
import { tinyBag } from '../../mocks/test-support/tiny-bag';
import { mockControlStateSchema } from '../../src/api/contracts/mock-control';
import { submissionReceiptSchema, submissionStateSchema } from '../../src/api/contracts/submission';
import { createQueryClient } from '../../src/api/query-client';
import { submissionStatusQuery } from '../../src/api/submission-status-query';

const origin = window.location.origin;

async function submit(): Promise<string> {
  const response = await fetch(`${origin}/api/v1/submissions`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/zip',
      'Idempotency-Key': randomUUID(),
      'X-Application-Year': '2026',
    },
    body: tinyBag().zip,
  });
  return submissionReceiptSchema.parse(await response.json()).reference;
}

function moveTo(reference: string, body: unknown) {
  return fetch(`${origin}/api/__mock/submissions/${reference}/status`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const decision = { outcome: 'befreit', decidedAt: '2026-04-01T10:00:00.000Z', validFrom: '2026-03-12' };

beforeEach(() => resetSubmissionStore());

describe('submission status', () => {
  it('reads a new submission as eingegangen through the query options', async () => {
    const reference = await submit();
    const state = await createQueryClient().fetchQuery(submissionStatusQuery(reference));
    expect(state).toMatchObject({ reference, status: 'eingegangen' });
    expect(state.updatedAt).toBe(state.receivedAt);
    expect(state.decision).toBeUndefined();
  });

  it('answers 404 with a stable code for an unknown reference', async () => {
    const response = await fetch(`${origin}/api/v1/submissions/ZB-2026-999999`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'submission.notFound' });
  });

  it('moves forward only, and to entschieden only with a decision (demo and tests)', async () => {
    const reference = await submit();
    expect((await moveTo(reference, { status: 'in-bearbeitung' })).status).toBe(200);
    expect((await moveTo(reference, { status: 'entschieden' })).status).toBe(400);
    const decided = await moveTo(reference, { status: 'entschieden', decision });
    expect(submissionStateSchema.parse(await decided.json())).toMatchObject({
      status: 'entschieden',
      decision,
    });
    const back = await moveTo(reference, { status: 'in-bearbeitung' });
    expect(back.status).toBe(409);
    expect(await back.json()).toMatchObject({ code: 'submission.statusTransition' });
    const read = await fetch(`${origin}/api/v1/submissions/${reference}`);
    expect(submissionStateSchema.parse(await read.json())).toMatchObject({ status: 'entschieden', decision });
  });

  it('fails on demand like every route', async () => {
    const reference = await submit();
    planFailures('submission-status', 1, 503);
    expect((await fetch(`${origin}/api/v1/submissions/${reference}`)).status).toBe(503);
    expect((await fetch(`${origin}/api/v1/submissions/${reference}`)).status).toBe(200);
  });
});

describe('failure switch over HTTP', () => {
  it("lists the submission routes and accepts 'lost-response' plans", async () => {
    const response = await fetch(`${origin}/api/__mock/control`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ failures: [{ route: 'submission', count: 2, error: 'lost-response' }] }),
    });
    const state = mockControlStateSchema.parse(await response.json());
    expect(state.routes).toEqual(expect.arrayContaining(['submission', 'submission-status']));
    expect(state.failures).toEqual([{ route: 'submission', remaining: 2, error: 'lost-response' }]);
  });

  it('treats a lost response on a route that stores nothing as a network error', async () => {
    planFailures('submission-status', 1, 'lost-response');
    await expect(fetch(`${origin}/api/v1/submissions/ZB-2026-000001`)).rejects.toThrow();
    expect((await fetch(`${origin}/api/v1/submissions/ZB-2026-000001`)).status).toBe(404);
  });
});
