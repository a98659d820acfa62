import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mockControlPath } from '../../src/api/contracts/mock-control';
import { serviceInfoPath } from '../../src/api/contracts/service-info';
import { submissionProblemCodes as codes, submissionStateSchema } from '../../src/api/contracts/submission';
import { abrufcodePattern } from '../../src/domain/identifiers/abrufcode';
import {
  bundleYear,
  expectProblem,
  getState,
  postBundle,
  receiptOf,
  referenceAfter,
  submit,
} from './support/contract-requests';
import { acceptedBundle } from '../support/application-bundle';
import { describeEachTarget } from './support/use-target';

const submissionRoute = 'submission';

describeEachTarget('POST /api/v1/submissions', (target) => {
  describe('receipts and idempotency', () => {
    it('answers the first arrival 201 with a receipt in the contract shape', async () => {
      const zip = acceptedBundle('receipt');
      const response = await postBundle(target(), zip);
      expect(response.headers.get('Idempotent-Replayed')).toBeNull();
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      const receipt = await receiptOf(response);
      expect(receipt.reference).toMatch(new RegExp(`^ZB-${bundleYear}-\\d{6}$`));
      expect(receipt.abrufcode).toMatch(abrufcodePattern);
      expect(receipt.status).toBe('eingegangen');
      expect(receipt.bundleBytes).toBe(zip.byteLength);
      // Every submission gets its own reference and its own code.
      const next = await submit(target(), 'receipt-2');
      expect(next.reference).toBe(referenceAfter(receipt.reference));
      expect(next.abrufcode).not.toBe(receipt.abrufcode);
    });

    it('answers a repetition of key and body with the very same body, marked as a replay, storing nothing new', async () => {
      const key = randomUUID();
      const zip = acceptedBundle('replay');
      const first = await postBundle(target(), zip, { key });
      expect(first.status).toBe(201);
      const firstBody = await first.text();
      const again = await postBundle(target(), zip, { key });
      expect(again.headers.get('Idempotent-Replayed')).toBe('true');
      const againBody = await again.text();
      expect(again.status, againBody).toBe(201);
      expect(JSON.parse(againBody)).toEqual(JSON.parse(firstBody));
      const receipt = await receiptOf(new Response(firstBody, { status: 201 }));
      expect((await submit(target(), 'replay-next')).reference).toBe(referenceAfter(receipt.reference));
    });

    it('refuses the same key with another body or another year (422 idempotencyKey.reused) and stores nothing', async () => {
      const key = randomUUID();
      const first = await receiptOf(await postBundle(target(), acceptedBundle('reused-1'), { key }));
      await expectProblem(
        await postBundle(target(), acceptedBundle('reused-2'), { key }),
        422,
        codes.keyReused,
      );
      await expectProblem(
        await postBundle(target(), acceptedBundle('reused-1'), { key, year: String(bundleYear - 1) }),
        422,
        codes.keyReused,
      );
      // The key still stands for its first bundle.
      const replay = await postBundle(target(), acceptedBundle('reused-1'), { key });
      expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
      expect(await receiptOf(replay)).toEqual(first);
      expect((await submit(target(), 'reused-next')).reference).toBe(referenceAfter(first.reference));
    });

    it('answers 409 idempotencyKey.inFlight to a second request with the key while the first is in flight', async () => {
      // Whichever of two concurrent requests claims the key first is the first arrival; the other must find it in
      // flight while the planned latency holds the first. On a busy machine the second request's checks may take
      // longer than the latency (it is then a replay): try again with a new key and a longer latency.
      for (const latencyMs of [2000, 5000, 12_000]) {
        // A new application each round: a new key with an application stored already would be refused (409).
        const zip = acceptedBundle(`in-flight ${latencyMs}`);
        const key = randomUUID();
        await target().planFailures({ latencyMs });
        const [one, two] = await Promise.all([
          postBundle(target(), zip, { key }),
          postBundle(target(), zip, { key }),
        ]);
        await target().planFailures({ latencyMs: 0 });
        const firstArrival = (response: Response) =>
          response.status === 201 && response.headers.get('Idempotent-Replayed') === null;
        const [accepted, other] = firstArrival(one) ? [one, two] : [two, one];
        const receipt = await receiptOf(accepted);
        expect(accepted.headers.get('Idempotent-Replayed')).toBeNull();
        if (other.status === 201 && other.headers.get('Idempotent-Replayed') === 'true') {
          expect(await receiptOf(other)).toEqual(receipt);
          continue;
        }
        await expectProblem(other, 409, codes.keyInFlight);
        const later = await postBundle(target(), zip, { key });
        expect(later.headers.get('Idempotent-Replayed')).toBe('true');
        expect(await receiptOf(later)).toEqual(receipt);
        expect((await submit(target(), 'in-flight-next')).reference).toBe(referenceAfter(receipt.reference));
        return;
      }
      expect.fail('the second request never found the first in flight');
    });
  });

  describe('planned failures through the control route', () => {
    it('refuses a control request outside the contract with 400 request.invalid', async () => {
      const response = await target().fetch(mockControlPath, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ failures: [{ route: submissionRoute, count: 1, error: 'explode' }] }),
      });
      await expectProblem(response, 400, 'request.invalid');
    });

    it("'network': the request fails before anything is stored, and the retry with the key is a first arrival", async () => {
      const before = await submit(target(), 'network-before');
      const key = randomUUID();
      const zip = acceptedBundle('network');
      await target().planFailures({ failures: [{ route: submissionRoute, count: 1, error: 'network' }] });
      await expect(postBundle(target(), zip, { key })).rejects.toThrow();
      const retry = await postBundle(target(), zip, { key });
      expect(retry.headers.get('Idempotent-Replayed')).toBeNull();
      expect((await receiptOf(retry)).reference).toBe(referenceAfter(before.reference));
    });

    it("'lost-response': the submission is stored, and the retry with the key gets the same reference and Abrufcode", async () => {
      const before = await submit(target(), 'lost-before');
      const key = randomUUID();
      const zip = acceptedBundle('lost');
      await target().planFailures({
        failures: [{ route: submissionRoute, count: 1, error: 'lost-response' }],
      });
      await expect(postBundle(target(), zip, { key })).rejects.toThrow();
      const retry = await postBundle(target(), zip, { key });
      expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
      const receipt = await receiptOf(retry);
      // The lost answer's submission took the next number; the retry is its replay.
      expect(receipt.reference).toBe(referenceAfter(before.reference));
      expect(await receiptOf(await postBundle(target(), zip, { key }))).toEqual(receipt);
      const state = await getState(target(), receipt.reference, receipt.abrufcode);
      expect(state.status).toBe(200);
      expect(submissionStateSchema.parse(await state.json()).reference).toBe(receipt.reference);
    });

    it('a planned status is answered as that status (problem+json), stores nothing, and counts down', async () => {
      const before = await submit(target(), 'status-before');
      const key = randomUUID();
      const zip = acceptedBundle('status');
      await target().planFailures({ failures: [{ route: submissionRoute, count: 2, error: 503 }] });
      await expectProblem(await postBundle(target(), zip, { key }), 503, 'mock.plannedFailure');
      await expectProblem(await postBundle(target(), zip, { key }), 503, 'mock.plannedFailure');
      const retry = await postBundle(target(), zip, { key });
      expect(retry.headers.get('Idempotent-Replayed')).toBeNull();
      expect((await receiptOf(retry)).reference).toBe(referenceAfter(before.reference));
    });

    it('a plan for one route leaves the other routes alone', async () => {
      const receipt = await submit(target(), 'routes');
      await target().planFailures({ failures: [{ route: 'submission-status', count: 1, error: 'network' }] });
      expect((await submit(target(), 'routes-2')).reference).toBe(referenceAfter(receipt.reference));
      await expect(getState(target(), receipt.reference, receipt.abrufcode)).rejects.toThrow();
      expect((await getState(target(), receipt.reference, receipt.abrufcode)).status).toBe(200);
    });

    it("a '*' plan strikes whichever route comes next", async () => {
      const receipt = await submit(target(), 'any-route');
      await target().planFailures({ failures: [{ route: '*', count: 2, error: 'network' }] });
      await expect(getState(target(), receipt.reference, receipt.abrufcode)).rejects.toThrow();
      await expect(target().fetch(serviceInfoPath)).rejects.toThrow();
      expect((await getState(target(), receipt.reference, receipt.abrufcode)).status).toBe(200);
    });
  });
});
