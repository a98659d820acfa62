import { createHash, randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { planFailures, setLatency } from '../../mocks/control/failure-switch';
import { resetSubmissionStore, submissionStore } from '../../mocks/store/current-submission-store';
import { tinyBag, zipWithoutManifest } from '../../mocks/test-support/tiny-bag';
import { maxBundleBytes, submissionReceiptSchema } from '../../src/api/contracts/submission';

// The insurer's mock on the msw node server (tests/setup/dom-setup.ts starts it and resets the failure switch).
const origin = window.location.origin;

function post(body: Uint8Array, headers: Record<string, string> = {}, key: string | null = randomUUID()) {
  return fetch(`${origin}/api/v1/submissions`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/zip',
      'X-Application-Year': '2026',
      ...(key === null ? {} : { 'Idempotency-Key': key }),
      ...headers,
    },
    body: body as Uint8Array<ArrayBuffer>,
  });
}

async function receiptOf(response: Response) {
  return submissionReceiptSchema.parse(await response.json());
}

async function problemCode(response: Response): Promise<unknown> {
  expect(response.headers.get('Content-Type')).toContain('application/problem+json');
  return ((await response.json()) as { code: unknown }).code;
}

beforeEach(() => resetSubmissionStore());

describe('POST /api/v1/submissions: idempotency', () => {
  it('answers the same key and body with the first answer again, and stores one submission', async () => {
    const key = randomUUID();
    const { zip } = tinyBag();
    const first = await post(zip, {}, key);
    const again = await post(zip, {}, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    const receipt = await receiptOf(first);
    expect(await receiptOf(again)).toEqual(receipt);
    expect(receipt).toMatchObject({ reference: 'ZB-2026-000001', status: 'eingegangen' });
    expect(receipt.bundleBytes).toBe(zip.byteLength);
    expect(await submissionStore().listSubmissions()).toHaveLength(1);
  });

  it('refuses the same key with a different body or year (422) and stores nothing more', async () => {
    const key = randomUUID();
    expect((await post(tinyBag('eins').zip, {}, key)).status).toBe(201);
    const otherBody = await post(tinyBag('zwei').zip, {}, key);
    expect(otherBody.status).toBe(422);
    expect(await problemCode(otherBody)).toBe('idempotencyKey.reused');
    const otherYear = await post(tinyBag('eins').zip, { 'X-Application-Year': '2025' }, key);
    expect(otherYear.status).toBe(422);
    expect(await submissionStore().listSubmissions()).toHaveLength(1);
  });

  it('answers 409 to the same key while the first request is still in flight', async () => {
    const key = randomUUID();
    const { zip } = tinyBag();
    setLatency(300);
    const first = post(zip, {}, key);
    await vi.waitFor(async () => expect(await submissionStore().keyState(key)).toBe('in-flight'));
    const second = await post(zip, {}, key);
    expect(second.status).toBe(409);
    expect(await problemCode(second)).toBe('idempotencyKey.inFlight');
    const firstReceipt = await receiptOf(await first);
    setLatency(0);
    const third = await post(zip, {}, key);
    expect(await receiptOf(third)).toEqual(firstReceipt);
    expect(await submissionStore().listSubmissions()).toHaveLength(1);
  });

  it('issues increasing references and never the same one twice', async () => {
    const references: string[] = [];
    for (const text of ['a', 'b', 'c'])
      references.push((await receiptOf(await post(tinyBag(text).zip))).reference);
    expect(references).toEqual(['ZB-2026-000001', 'ZB-2026-000002', 'ZB-2026-000003']);
    // A request that failed before storing consumed no number; one whose answer was lost did.
    planFailures('submission', 1, 'network');
    await expect(post(tinyBag('d').zip)).rejects.toThrow();
    planFailures('submission', 1, 'lost-response');
    await expect(post(tinyBag('e').zip)).rejects.toThrow();
    expect((await receiptOf(await post(tinyBag('f').zip))).reference).toBe('ZB-2026-000005');
    const all = (await submissionStore().listSubmissions()).map((s) => s.reference);
    expect(new Set(all).size).toBe(all.length);
  });

  it('records the SHA-256 of the manifest inside the zip', async () => {
    const { zip, manifest } = tinyBag('Quittung Physiotherapie');
    const receipt = await receiptOf(await post(zip));
    expect(receipt.manifestSha256).toBe(createHash('sha256').update(manifest).digest('hex'));
    const [stored] = await submissionStore().listSubmissions();
    expect(stored!.bundle).toEqual(zip);
  });
});

describe('POST /api/v1/submissions: planned failures', () => {
  it('fails a planned network error before storing, so the retry is a first arrival', async () => {
    const key = randomUUID();
    const { zip } = tinyBag();
    planFailures('submission', 1, 'network');
    await expect(post(zip, {}, key)).rejects.toThrow();
    expect(await submissionStore().listSubmissions()).toEqual([]);
    expect(await submissionStore().keyState(key)).toBeUndefined();
    const retry = await post(zip, {}, key);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('Idempotent-Replayed')).toBeNull();
  });

  it('loses the answer after storing, and the retry gets the first answer, not a second reference', async () => {
    const key = randomUUID();
    const { zip } = tinyBag();
    planFailures('submission', 1, 'lost-response');
    await expect(post(zip, {}, key)).rejects.toThrow();
    const [stored] = await submissionStore().listSubmissions();
    const retry = await post(zip, {}, key);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect((await receiptOf(retry)).reference).toBe(stored!.reference);
    expect(await submissionStore().listSubmissions()).toHaveLength(1);
  });
});

describe('POST /api/v1/submissions: refused requests', () => {
  const { zip } = tinyBag();
  const cases: [string, () => Promise<Response>, number, string][] = [
    ['no key', () => post(zip, {}, null), 400, 'idempotencyKey.missing'],
    ['a key that is no UUID', () => post(zip, {}, 'abc-123'), 400, 'idempotencyKey.invalid'],
    [
      'a UUID that is not v4',
      () => post(zip, {}, '6ba7b810-9dad-11d1-80b4-00c04fd430c8'),
      400,
      'idempotencyKey.invalid',
    ],
    ['no year', () => post(zip, { 'X-Application-Year': '' }), 400, 'submission.yearInvalid'],
    [
      'a year without figures',
      () => post(zip, { 'X-Application-Year': '1999' }),
      400,
      'submission.yearInvalid',
    ],
    [
      'JSON instead of a zip',
      () => post(zip, { 'Content-Type': 'application/json' }),
      415,
      'submission.unsupportedMediaType',
    ],
    ['an empty body', () => post(new Uint8Array()), 400, 'submission.empty'],
    ['bytes that are not a zip', () => post(new TextEncoder().encode('%PDF-1.7')), 400, 'submission.notZip'],
    ['a truncated zip', () => post(zip.slice(0, 40)), 400, 'submission.notZip'],
    ['a zip without a bag', () => post(zipWithoutManifest()), 400, 'submission.manifestMissing'],
    ['a bundle over the limit', () => post(new Uint8Array(maxBundleBytes + 1)), 413, 'submission.tooLarge'],
  ];

  it.each(cases)('refuses %s and stores nothing', async (_name, send, status, code) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(await problemCode(response)).toBe(code);
    expect(await submissionStore().listSubmissions()).toEqual([]);
  });
});
