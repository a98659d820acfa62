import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdbSubmissionStore } from './idb-submission-store';
import { ApplicationAlreadySubmittedError, inFlightLeaseMs } from './submission-store';

const key = '0b6f6c1e-3f4a-4d2b-9a5e-7c1d2e3f4a5b';
const now = 1_780_000_000_000;
let applications = 0;
// Every call is another application unless it names one: one application id is stored at most once.
const submission = (bundle = new Uint8Array([1, 2, 3]), applicationId = `ZBA-${++applications}`) => ({
  year: 2026,
  applicationId,
  receivedAt: '2026-03-01T09:00:00.000Z',
  manifestSha256: 'ab'.repeat(32),
  bundle,
});

beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));
afterEach(() => vi.unstubAllGlobals());

describe('the mock insurer in IndexedDB', () => {
  it('is seen by a second tab (another store on the same database): claims, submissions, sequence', async () => {
    const tab1 = createIdbSubmissionStore();
    const tab2 = createIdbSubmissionStore();
    expect(await tab1.claimKey(key, 'f', now)).toEqual({ kind: 'claimed' });
    expect(await tab2.claimKey(key, 'f', now)).toEqual({ kind: 'in-flight' });
    const answer = await tab1.storeSubmission(key, submission());
    expect(answer.body.reference).toBe('ZB-2026-000001');
    expect(await tab2.claimKey(key, 'f', now)).toEqual({ kind: 'answered', answer });
    expect(await tab2.claimKey(key, 'other', now)).toEqual({ kind: 'reused' });
    const other = '1c7e7d2f-4a5b-4e3c-8b6f-8d2e3f4a5b6c';
    await tab2.claimKey(other, 'g', now);
    expect((await tab2.storeSubmission(other, submission())).body.reference).toBe('ZB-2026-000002');
    expect((await tab1.getSubmission('ZB-2026-000002'))?.bundle).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('never issues a reference twice, not even after clear()', async () => {
    const store = createIdbSubmissionStore();
    await store.claimKey(key, 'f', now);
    await store.storeSubmission(key, submission());
    await store.clear();
    expect(await store.listSubmissions()).toEqual([]);
    await store.claimKey(key, 'f', now);
    expect((await store.storeSubmission(key, submission())).body.reference).toBe('ZB-2026-000002');
  });

  it('stores one application id once, whichever tab and key bring it, and draws no reference for the refusal', async () => {
    const tab1 = createIdbSubmissionStore();
    const tab2 = createIdbSubmissionStore();
    const other = '1c7e7d2f-4a5b-4e3c-8b6f-8d2e3f4a5b6c';
    await tab1.claimKey(key, 'f', now);
    await tab2.claimKey(other, 'g', now);
    const [first, second] = await Promise.allSettled([
      tab1.storeSubmission(key, submission(undefined, 'ZBA-SAME')),
      tab2.storeSubmission(other, submission(new Uint8Array([4]), 'ZBA-SAME')),
    ]);
    const outcomes = [first, second].map((result) => result.status);
    expect(outcomes.sort()).toEqual(['fulfilled', 'rejected']);
    const refused = [first, second].find((result) => result.status === 'rejected');
    expect(refused?.status === 'rejected' && refused.reason).toBeInstanceOf(ApplicationAlreadySubmittedError);
    expect((await tab1.listSubmissions()).map((stored) => stored.reference)).toEqual(['ZB-2026-000001']);
    await tab2.claimKey('2d8f8e3a-5b6c-4f4d-9c7a-9e3f4a5b6c7d', 'h', now);
    expect(
      (await tab2.storeSubmission('2d8f8e3a-5b6c-4f4d-9c7a-9e3f4a5b6c7d', submission())).body.reference,
    ).toBe('ZB-2026-000002');
  });

  it('lets a claim abandoned by a closed tab be taken over after the lease, and releases a failed one', async () => {
    const store = createIdbSubmissionStore();
    await store.claimKey(key, 'f', now);
    expect(await store.claimKey(key, 'f', now + inFlightLeaseMs - 1)).toEqual({ kind: 'in-flight' });
    expect(await store.claimKey(key, 'f', now + inFlightLeaseMs)).toEqual({ kind: 'claimed' });
    await store.releaseKey(key);
    expect(await store.keyState(key)).toBeUndefined();
    await expect(store.storeSubmission(key, submission())).rejects.toThrow('not claimed');
    expect(await store.listSubmissions()).toEqual([]);
  });
});
