import { unzipSync } from 'fflate';
import type * as Fflate from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildBundle } from './build-bundle';
import { sampleInput } from './bundle-fixtures.test-support';
import { lyingBomb, lyingDeflate } from './hostile-bundles.test-support';
import { readBundle } from './read-bundle';
import { inflateStepBytes, inflateWithin } from './unzip-entries';

// Counts every byte fflate's streaming inflater hands out: what the reader materializes while inflating.
const inflated = vi.hoisted(() => ({ bytes: 0 }));
vi.mock('fflate', async (importOriginal) => {
  const actual = await importOriginal<typeof Fflate>();
  class CountingInflate extends actual.Inflate {
    constructor(ondata: (chunk: Uint8Array, final: boolean) => void) {
      super((chunk: Uint8Array, final: boolean) => {
        inflated.bytes += chunk.length;
        ondata(chunk, final);
      });
    }
  }
  return { ...actual, Inflate: CountingInflate };
});

beforeEach(() => {
  inflated.bytes = 0;
});

/** RFC 1951: at most 258 bytes from two bits, so one step of input yields at most this much output. */
const oneStep = 1032 * inflateStepBytes;
const prefix = new TextEncoder().encode('{"schemaVersion":1}');

describe('inflateWithin', () => {
  it('inflates a stream to exactly its declared size', () => {
    const stream = lyingDeflate(prefix, 0);
    const result = inflateWithin(stream, prefix.length + 1 + 258 * 4096);
    expect(result.ok && result.bytes.subarray(0, prefix.length)).toEqual(prefix);
  });

  it('stops a stream that declares 19 bytes and inflates to 256 MiB, having materialized no more than one step beyond', () => {
    const stream = lyingDeflate(prefix, 256 * 1024 * 1024);
    expect(inflateWithin(stream, prefix.length)).toEqual({ ok: false, reason: 'longer' });
    expect(inflated.bytes).toBeLessThanOrEqual(prefix.length + oneStep);
  });

  it('refuses a stream that ends early or is cut off, and an empty one', () => {
    const stream = lyingDeflate(prefix, 0);
    expect(inflateWithin(stream, 10 * 1024 * 1024)).toEqual({ ok: false, reason: 'shorter' });
    expect(inflateWithin(stream.subarray(0, stream.length - 3), prefix.length + 1 + 258 * 4096)).toEqual({
      ok: false,
      reason: 'corrupt',
    });
    expect(inflateWithin(new Uint8Array(0), 0)).toEqual({ ok: false, reason: 'corrupt' });
  });
});

describe('readBundle — a zip bomb that lies about its size', () => {
  it('is what fflate’s unzipSync silently truncates to the declared size, CRC and all (why the reader inflates itself)', () => {
    const bomb = lyingBomb(1024 * 1024, { blocks: false });
    const application = sampleInput().applicationJson;
    const name = Object.keys(unzipSync(buildBundle(sampleInput()))).find((n) =>
      n.endsWith('application.json'),
    )!;
    expect(unzipSync(bomb, { filter: (file) => file.name === name })[name]).toEqual(application);
  });

  it('is refused, naming the file, having materialized no more than the declared sizes and one step', () => {
    const bomb = lyingBomb(256 * 1024 * 1024);
    const result = readBundle(bomb);
    expect(result.ok ? [] : result.problems).toContainEqual(
      expect.objectContaining({ code: 'zip.longer-than-declared', path: 'data/application.json' }),
    );
    const declaredDeflated = 64 * 1024; // the text files of the sample bag are a few hundred bytes each
    expect(inflated.bytes).toBeLessThanOrEqual(declaredDeflated + oneStep);
  });
});
