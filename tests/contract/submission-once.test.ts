import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mockControlPath, mockControlStateSchema } from '../../src/api/contracts/mock-control';
import { serviceInfoPath } from '../../src/api/contracts/service-info';
import { submissionProblemCodes as codes } from '../../src/api/contracts/submission';
import { applicationBundle } from '../support/application-bundle';
import { expectProblem, postBundle, receiptOf, referenceAfter, submit } from './support/contract-requests';
import type { ContractTarget } from './support/contract-target';
import { describeEachTarget } from './support/use-target';

const submissionRoute = 'submission';

/** Waits until the control route reports no plan left: the request it was meant for has taken it. */
async function planTaken(running: ContractTarget): Promise<void> {
  for (;;) {
    const state = mockControlStateSchema.parse(await (await running.fetch(mockControlPath)).json());
    if (state.failures.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Whether a promise has settled, looked at once (a settled one calls back before a fresh timer fires). */
async function settledYet(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((resolve) => setTimeout(resolve, 0));
  return settled;
}

/** Another bundle of the same application, as a second device or an imported copy of the draft builds it. */
const sameApplicationAgain = (applicationId: string) =>
  applicationBundle({
    applicationId,
    edit: (document) => ({ ...document, createdAt: '2026-03-02T10:00:00Z' }),
  });

/** Neither the reference nor the Abrufcode may leak to a second sender: only whoever sent first holds them. */
async function expectNothingRevealed(response: Response, secrets: string[]): Promise<void> {
  const text = await response.clone().text();
  const headers = [...response.headers.entries()].map(([name, value]) => `${name}: ${value}`).join('\n');
  for (const secret of secrets) {
    expect(text).not.toContain(secret);
    expect(headers).not.toContain(secret);
  }
  expect(response.headers.get('Location')).toBeNull();
  expect(response.headers.get('Idempotent-Replayed')).toBeNull();
}

describeEachTarget('POST /api/v1/submissions: one application per application id', (target) => {
  it('refuses the same application under a new key with 409 submission.alreadySubmitted, revealing nothing', async () => {
    const applicationId = 'ZBA-ONCE00000001';
    const zip = applicationBundle({ applicationId });
    const key = randomUUID();
    const first = await receiptOf(await postBundle(target(), zip, { key }));

    // The very same bytes under a new key (a second tab, a lost pending record) …
    const sameBytes = await postBundle(target(), zip);
    await expectNothingRevealed(sameBytes, [first.reference, first.abrufcode]);
    await expectProblem(sameBytes, 409, codes.alreadySubmitted);
    // … and a bundle rebuilt from the same draft (other bytes, same Application-Id) alike.
    const rebuilt = await postBundle(target(), sameApplicationAgain(applicationId));
    await expectNothingRevealed(rebuilt, [first.reference, first.abrufcode]);
    await expectProblem(rebuilt, 409, codes.alreadySubmitted);

    // The first sender's key keeps answering as before.
    const replay = await postBundle(target(), zip, { key });
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await receiptOf(replay)).toEqual(first);
    // The refusals drew no reference.
    expect((await submit(target(), 'once-next')).reference).toBe(referenceAfter(first.reference));
  });

  it('refuses a repetition of the refused key the same way: the refusal leaves no trace under it', async () => {
    const applicationId = 'ZBA-ONCE00000002';
    await receiptOf(await postBundle(target(), applicationBundle({ applicationId })));
    const zip = sameApplicationAgain(applicationId);
    const key = randomUUID();
    await expectProblem(await postBundle(target(), zip, { key }), 409, codes.alreadySubmitted);
    await expectProblem(await postBundle(target(), zip, { key }), 409, codes.alreadySubmitted);
  });

  it('stores exactly one of two concurrent uploads of one application under two keys; the other gets 409', async () => {
    for (let round = 0; round < 3; round++) {
      const applicationId = `ZBA-RACE${randomUUID().slice(0, 8).toUpperCase()}`;
      const one = applicationBundle({ applicationId });
      const two = sameApplicationAgain(applicationId);
      // Latency after the claim and before storing holds both requests past every check at the same time, so
      // only the store itself (the database's unique index, the mock's one-step store) can decide.
      await target().planFailures({ latencyMs: 300 });
      const answers = await Promise.all([postBundle(target(), one), postBundle(target(), two)]);
      await target().planFailures({ latencyMs: 0 });
      const accepted = answers.filter((response) => response.status === 201);
      const refused = answers.filter((response) => response.status !== 201);
      expect(accepted).toHaveLength(1);
      expect(refused).toHaveLength(1);
      const receipt = await receiptOf(accepted[0]!);
      await expectNothingRevealed(refused[0]!, [receipt.reference, receipt.abrufcode]);
      await expectProblem(refused[0]!, 409, codes.alreadySubmitted);
      expect((await submit(target(), `race-next-${round}`)).reference).toBe(
        referenceAfter(receipt.reference),
      );
    }
  });
});

describeEachTarget("POST /api/v1/submissions: a planned 'stall'", (target) => {
  describe('the server takes the upload and never answers', () => {
    it('holds the request until the client gives up, stores nothing, and the retry with the key is a first arrival', async () => {
      const before = await submit(target(), 'stall-before');
      const key = randomUUID();
      const zip = applicationBundle({ applicationId: 'ZBA-STALL0000001' });
      await target().planFailures({ failures: [{ route: submissionRoute, count: 1, error: 'stall' }] });
      const giveUp = new AbortController();
      const stalled = target().fetch('/api/v1/submissions', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/zip',
          'Idempotency-Key': key,
          'X-Application-Year': '2026',
        },
        body: zip,
        signal: giveUp.signal,
      });
      // Once the switch has handed the plan out, the upload is held: it is still pending after another route
      // has answered a whole request. Only the client's own timeout (here: the abort below) ends it.
      await planTaken(target());
      expect((await target().fetch(serviceInfoPath)).status).toBe(200);
      expect(await settledYet(stalled)).toBe(false);
      giveUp.abort();
      await expect(stalled).rejects.toThrow();
      const retry = await postBundle(target(), zip, { key });
      expect(retry.headers.get('Idempotent-Replayed')).toBeNull();
      // The stalled upload had stored nothing: the retry takes the next number.
      expect((await receiptOf(retry)).reference).toBe(referenceAfter(before.reference));
    });
  });
});
