import { createHash, randomUUID } from 'node:crypto';
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { planFailures, setLatency } from '../../mocks/control/failure-switch';
import { deriveAbrufcode } from '../../mocks/handlers/abrufcode';
import { resetSubmissionStore, submissionStore } from '../../mocks/store/current-submission-store';
import { tinyBag, zipWithoutManifest } from '../../mocks/test-support/tiny-bag';
import { maxBundleBytes } from '../../src/api/contracts/submission';
import { abrufcodePattern } from '../../src/domain/identifiers/abrufcode';
import { applicationBundle } from '../support/application-bundle';
import { postBundle as post, receiptOf } from './submission-requests';
import { acceptedBundle } from '../support/application-bundle';

async function problemCode(response: Response): Promise<unknown> {
  expect(response.headers.get('Content-Type')).toContain('application/problem+json');
  return ((await response.json()) as { code: unknown }).code;
}

beforeEach(() => resetSubmissionStore());

describe('POST /api/v1/submissions: idempotency', () => {
  it('answers the same key and body with the first answer again, and stores one submission', async () => {
    const key = randomUUID();
    const zip = acceptedBundle();
    const first = await post(zip, {}, key);
    const again = await post(zip, {}, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    const receipt = await receiptOf(first);
    // The replay carries the same Abrufcode: derived again from the reference, never stored.
    expect(await receiptOf(again)).toEqual(receipt);
    expect(receipt).toMatchObject({ reference: 'ZB-2026-000001', status: 'eingegangen' });
    expect(receipt.abrufcode).toMatch(abrufcodePattern);
    expect(receipt.abrufcode).toBe(await deriveAbrufcode(receipt.reference));
    expect(JSON.stringify(await submissionStore().listSubmissions())).not.toContain(receipt.abrufcode);
    expect(receipt.bundleBytes).toBe(zip.byteLength);
    expect(await submissionStore().listSubmissions()).toHaveLength(1);
  });

  it('refuses the same key with a different body or year (422) and stores nothing more', async () => {
    const key = randomUUID();
    expect((await post(acceptedBundle('eins'), {}, key)).status).toBe(201);
    const otherBody = await post(acceptedBundle('zwei'), {}, key);
    expect(otherBody.status).toBe(422);
    expect(await problemCode(otherBody)).toBe('idempotencyKey.reused');
    const otherYear = await post(acceptedBundle('eins'), { 'X-Application-Year': '2025' }, key);
    expect(otherYear.status).toBe(422);
    expect(await submissionStore().listSubmissions()).toHaveLength(1);
  });

  it('answers 409 to the same key while the first request is still in flight', async () => {
    const key = randomUUID();
    const zip = acceptedBundle();
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
    const codes: string[] = [];
    for (const text of ['a', 'b', 'c']) {
      const receipt = await receiptOf(await post(acceptedBundle(text)));
      references.push(receipt.reference);
      codes.push(receipt.abrufcode);
    }
    expect(new Set(codes).size).toBe(3);
    expect(references).toEqual(['ZB-2026-000001', 'ZB-2026-000002', 'ZB-2026-000003']);
    // A request that failed before storing consumed no number; one whose answer was lost did.
    planFailures('submission', 1, 'network');
    await expect(post(acceptedBundle('d'))).rejects.toThrow();
    planFailures('submission', 1, 'lost-response');
    await expect(post(acceptedBundle('e'))).rejects.toThrow();
    expect((await receiptOf(await post(acceptedBundle('f')))).reference).toBe('ZB-2026-000005');
    const all = (await submissionStore().listSubmissions()).map((s) => s.reference);
    expect(new Set(all).size).toBe(all.length);
  });

  it('records the SHA-256 of the manifest inside the zip', async () => {
    const zip = acceptedBundle();
    const manifest = Object.values(
      unzipSync(zip, { filter: (file) => file.name.endsWith('/manifest-sha256.txt') }),
    )[0]!;
    const receipt = await receiptOf(await post(zip));
    expect(receipt.manifestSha256).toBe(createHash('sha256').update(manifest).digest('hex'));
    const [stored] = await submissionStore().listSubmissions();
    expect(stored!.bundle).toEqual(zip);
  });
});

describe('POST /api/v1/submissions: planned failures', () => {
  it('fails a planned network error before storing, so the retry is a first arrival', async () => {
    const key = randomUUID();
    const zip = acceptedBundle();
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
    const zip = acceptedBundle();
    planFailures('submission', 1, 'lost-response');
    await expect(post(zip, {}, key)).rejects.toThrow();
    const [stored] = await submissionStore().listSubmissions();
    const retry = await post(zip, {}, key);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    const receipt = await receiptOf(retry);
    expect(receipt.reference).toBe(stored!.reference);
    expect(receipt.abrufcode).toBe(await deriveAbrufcode(stored!.reference));
    expect(await submissionStore().listSubmissions()).toHaveLength(1);
  });
});

describe('POST /api/v1/submissions: refused requests', () => {
  const zip = acceptedBundle();
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
    ['a zip and bag that bundle verify refuses', () => post(tinyBag().zip), 422, 'submission.invalidBundle'],
    ['a bundle over the limit', () => post(new Uint8Array(maxBundleBytes + 1)), 413, 'submission.tooLarge'],
  ];

  it.each(cases)('refuses %s and stores nothing', async (_name, send, status, code) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(await problemCode(response)).toBe(code);
    expect(await submissionStore().listSubmissions()).toEqual([]);
  });
});

describe('POST /api/v1/submissions: bundles that fail verification', () => {
  it('names each problem (path and English message), at most 20, and claims no key', async () => {
    const key = randomUUID();
    const response = await post(tinyBag().zip, {}, key);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { code: string; errors: { path: string; message: string }[] };
    expect(body.code).toBe('submission.invalidBundle');
    expect(body.errors.length).toBeGreaterThan(0);
    expect(body.errors.length).toBeLessThanOrEqual(20);
    for (const error of body.errors) {
      expect(typeof error.path).toBe('string');
      expect(error.message).not.toBe('');
    }
    expect(await submissionStore().keyState(key)).toBeUndefined();
    // The same key with a correct bundle is a first arrival.
    expect((await post(acceptedBundle(), {}, key)).status).toBe(201);
  });

  it('refuses a well-formed bag whose application.json does not match the schema', async () => {
    const zip = applicationBundle({
      edit: (document) => ({ ...document, schemaVersion: 99 }) as unknown as typeof document,
    });
    const response = await post(zip);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: { path: string }[] };
    expect(body.errors.map((error) => error.path)).toContain('data/application.json');
    expect(await submissionStore().listSubmissions()).toEqual([]);
  });
});
