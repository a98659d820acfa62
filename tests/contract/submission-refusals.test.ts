import { randomUUID } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import { expect, it } from 'vitest';
import { tinyBag, zipWithoutManifest } from '../../mocks/test-support/tiny-bag';
import { lyingManifest } from '../../src/documents/bundle/hostile-bundles.test-support';
import { maxBundleBytes, submissionProblemCodes as codes } from '../../src/api/contracts/submission';
import {
  bundleYear,
  expectProblem,
  postBundle,
  receiptOf,
  referenceAfter,
  submit,
  type PostOptions,
} from './support/contract-requests';
import { acceptedBundle } from '../support/application-bundle';
import type { ContractTarget } from './support/contract-target';
import { describeEachTarget } from './support/use-target';

/** An accepted bundle with one byte of one payload file changed after its manifest was written. */
function tamperedBundle(): { zip: Uint8Array<ArrayBuffer>; file: string } {
  const files = unzipSync(acceptedBundle('tampered'));
  const file = Object.keys(files).find((name) => /\/data\/.+\.jpe?g$/i.test(name));
  const bytes = file === undefined ? undefined : files[file];
  if (file === undefined || bytes === undefined) throw new Error('The test bundle has no JPEG attachment');
  const changed = bytes.slice();
  const middle = Math.floor(changed.length / 2);
  changed[middle] = (changed[middle] ?? 0) ^ 0xff;
  return { zip: zipSync({ ...files, [file]: changed }) as Uint8Array<ArrayBuffer>, file };
}

type Refusal = {
  name: string;
  status: number;
  code: string;
  body: () => Uint8Array;
  options?: Omit<PostOptions, 'key'>;
  /** False when the refusal is about the key itself, so the key cannot be used again. */
  keyUsable?: boolean;
};

const notZip = new TextEncoder().encode('Sehr geehrte Damen und Herren, anbei mein Antrag.');

const refusals: Refusal[] = [
  {
    name: 'a request without Idempotency-Key',
    status: 400,
    code: codes.keyMissing,
    body: acceptedBundle,
    keyUsable: false,
  },
  {
    name: 'a key that is not a UUID',
    status: 400,
    code: codes.keyInvalid,
    body: acceptedBundle,
    keyUsable: false,
  },
  {
    name: 'an application year without figures',
    status: 400,
    code: codes.yearInvalid,
    body: acceptedBundle,
    options: { year: '1999' },
  },
  {
    name: 'an application year that is no year',
    status: 400,
    code: codes.yearInvalid,
    body: acceptedBundle,
    options: { year: '20x6' },
  },
  {
    name: 'a request without application year',
    status: 400,
    code: codes.yearInvalid,
    body: acceptedBundle,
    options: { year: null },
  },
  {
    name: 'a bundle sent as another media type',
    status: 415,
    code: codes.unsupportedMediaType,
    body: acceptedBundle,
    options: { contentType: 'application/octet-stream' },
  },
  {
    name: 'a bundle sent without media type',
    status: 415,
    code: codes.unsupportedMediaType,
    body: acceptedBundle,
    options: { contentType: null },
  },
  { name: 'an empty body', status: 400, code: codes.empty, body: () => new Uint8Array(0) },
  { name: 'a body that is not a zip', status: 400, code: codes.notZip, body: () => notZip },
  {
    name: 'a zip without a bag manifest',
    status: 400,
    code: codes.manifestMissing,
    body: zipWithoutManifest,
  },
  {
    name: 'a bag that fails verification',
    status: 422,
    code: codes.invalidBundle,
    body: () => tinyBag().zip,
  },
  {
    // Refused before anything is inflated, on the request's own thread: the manifest is found through the
    // reader's strict zip directory, never by a lenient unzip.
    name: 'a zip whose manifest lies about its size',
    status: 422,
    code: codes.invalidBundle,
    body: () => lyingManifest(64 * 1024 * 1024),
  },
];

const keyFor = (refusal: Refusal, key: string): string | null => {
  if (refusal.code === codes.keyMissing) return null;
  if (refusal.code === codes.keyInvalid) return 'bundle-2026-erika';
  return key;
};

describeEachTarget('POST /api/v1/submissions refusals', (target: () => ContractTarget) => {
  it.each(refusals)('refuses $name with $status $code and stores nothing', async (refusal) => {
    // Named per case: the servers keep every application between tests, and take each one once.
    const before = await submit(target(), `before-refusal ${refusal.name}`);
    const key = randomUUID();
    await expectProblem(
      await postBundle(target(), refusal.body(), { ...refusal.options, key: keyFor(refusal, key) }),
      refusal.status,
      refusal.code,
    );
    // Nothing was claimed or stored: the key's next (valid) request is a first arrival with the next number.
    const after = await postBundle(target(), acceptedBundle(`after-refusal ${refusal.name}`), {
      key: refusal.keyUsable === false ? randomUUID() : key,
    });
    expect(after.headers.get('Idempotent-Replayed')).toBeNull();
    expect((await receiptOf(after)).reference).toBe(referenceAfter(before.reference));
  });

  it('refuses a UUID that is not version 4 with 400 idempotencyKey.invalid', async () => {
    const response = await postBundle(target(), acceptedBundle(), {
      key: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
    });
    await expectProblem(response, 400, codes.keyInvalid);
  });

  it('names the files of a bundle that fails verification in the 422', async () => {
    const before = await submit(target(), 'before-tampered');
    const key = randomUUID();
    const { zip, file } = tamperedBundle();
    const problem = await expectProblem(await postBundle(target(), zip, { key }), 422, codes.invalidBundle);
    expect(problem.errors?.length).toBeGreaterThan(0);
    // Paths are relative to the bag, e.g. data/… for a payload file.
    expect(problem.errors?.map((error) => error.path)).toContain(file.slice(file.indexOf('/') + 1));
    for (const error of problem.errors ?? []) expect(error.message.length).toBeGreaterThan(0);
    const tiny = await expectProblem(
      await postBundle(target(), tinyBag().zip, { key }),
      422,
      codes.invalidBundle,
    );
    // The reader refuses a bag that is not the writer's shape at its base directory first (issue 10): each
    // problem still names where it is.
    expect(tiny.errors?.length).toBeGreaterThan(0);
    for (const error of tiny.errors ?? []) expect(error.path.length).toBeGreaterThan(0);
    const after = await postBundle(target(), acceptedBundle('after-tampered'), { key });
    expect(after.headers.get('Idempotent-Replayed')).toBeNull();
    expect((await receiptOf(after)).reference).toBe(referenceAfter(before.reference));
  });

  it('refuses a body over 50 MB with 413 submission.tooLarge, stores nothing and stays up', async () => {
    const before = await submit(target(), 'before-large');
    const key = randomUUID();
    const large = new Uint8Array(maxBundleBytes + 1);
    large.set(acceptedBundle('large'));
    await expectProblem(await postBundle(target(), large, { key }), 413, codes.tooLarge);
    const after = await postBundle(target(), acceptedBundle('after-large'), { key });
    expect(after.headers.get('Idempotent-Replayed')).toBeNull();
    expect((await receiptOf(after)).reference).toBe(referenceAfter(before.reference));
  });

  it('refuses a body over 50 MB sent without Content-Length (chunked) with 413 submission.tooLarge', async () => {
    const before = await submit(target(), 'before-chunked');
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > maxBundleBytes) return controller.close();
        controller.enqueue(chunk);
        sent += chunk.byteLength;
      },
    });
    const response = await target().fetch('/api/v1/submissions', {
      method: 'POST',
      headers: {
        'Idempotency-Key': randomUUID(),
        'X-Application-Year': String(bundleYear),
        'Content-Type': 'application/zip',
      },
      body,
      duplex: 'half',
    } as RequestInit);
    await expectProblem(response, 413, codes.tooLarge);
    expect((await submit(target(), 'after-chunked')).reference).toBe(referenceAfter(before.reference));
  });
});
