import { beforeEach, describe, expect, it } from 'vitest';
import { planFailures } from '../../mocks/control/failure-switch';
import { resetSubmissionStore } from '../../mocks/store/current-submission-store';
import { mockControlStateSchema } from '../../src/api/contracts/mock-control';
import { submissionStateSchema } from '../../src/api/contracts/submission';
import { createQueryClient } from '../../src/api/query-client';
import { submissionStatusQuery } from '../../src/api/submission-status-query';
import { getStatus, origin, submitBundle } from './submission-requests';

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
  it('reads a new submission as eingegangen through the query options, the code in a header', async () => {
    const { reference, abrufcode } = await submitBundle();
    const query = submissionStatusQuery(reference, abrufcode);
    expect(JSON.stringify(query.queryKey)).not.toContain(abrufcode);
    const state = await createQueryClient().fetchQuery(query);
    expect(state).toMatchObject({ reference, status: 'eingegangen' });
    expect(state.updatedAt).toBe(state.receivedAt);
    expect(state.decision).toBeUndefined();
  });

  it('accepts the code however it was typed: lower case, spaces, O for 0 and I or L for 1', async () => {
    const { reference, abrufcode } = await submitBundle();
    const typed = abrufcode.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    const response = await getStatus(reference, typed);
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });

  it('answers a wrong code exactly like an unknown reference (404), and no code with 400', async () => {
    const { reference, abrufcode } = await submitBundle();
    const wrongCode = `${abrufcode.slice(0, -1)}${abrufcode.endsWith('Z') ? 'Y' : 'Z'}`;
    const wrong = await getStatus(reference, wrongCode);
    const unknown = await getStatus('ZB-2026-999999', abrufcode);
    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(404);
    const wrongBody: unknown = await wrong.json();
    expect(wrongBody).toMatchObject({ code: 'submission.notFound' });
    expect(wrongBody).toEqual(await unknown.json());
    for (const response of [await getStatus(reference), await getStatus(reference, 'ABCD-1234')]) {
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: 'abrufcode.missing' });
    }
  });

  it('moves forward only, and to entschieden only with a decision (demo and tests)', async () => {
    const { reference, abrufcode } = await submitBundle();
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
    const read = await getStatus(reference, abrufcode);
    expect(submissionStateSchema.parse(await read.json())).toMatchObject({ status: 'entschieden', decision });
  });

  it('fails on demand like every route', async () => {
    const { reference, abrufcode } = await submitBundle();
    planFailures('submission-status', 1, 503);
    expect((await getStatus(reference, abrufcode)).status).toBe(503);
    expect((await getStatus(reference, abrufcode)).status).toBe(200);
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
    const code = '0000-0000-0000-0000-0000-0000-0000';
    await expect(getStatus('ZB-2026-000001', code)).rejects.toThrow();
    expect((await getStatus('ZB-2026-000001', code)).status).toBe(404);
  });
});
