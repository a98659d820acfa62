import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBundle } from './build-bundle';
import { sampleInput } from './bundle-fixtures.test-support';
import { jpegDimensions, pngDimensions } from './image-dimensions';
import { scanPdf } from './pdf-active-content';
import { inflateCapped } from './pdf-streams';
import { readBundle, type ReadBundleResult } from './read-bundle';

// The reader opens files from strangers: whatever the bytes, it returns a result, never throws, never hangs,
// and never reaches its internal-error fallback.

const valid = buildBundle(sampleInput());

const expectResult = (result: ReadBundleResult) => {
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.map((p) => p.code)).not.toContain('bundle.internal-error');
  }
};

type Mutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(zip: Uint8Array, change: Mutation): Uint8Array {
  const at = change.at % (zip.length + 1);
  switch (change.kind) {
    case 'flip': {
      const out = zip.slice();
      if (at < out.length) out[at] = change.value;
      return out;
    }
    case 'insert':
      return Uint8Array.from([...zip.subarray(0, at), ...change.bytes, ...zip.subarray(at)]);
    case 'delete':
      return Uint8Array.from([...zip.subarray(0, at), ...zip.subarray(at + change.count)]);
    case 'truncate':
      return zip.slice(0, at);
  }
}

describe('readBundle — fuzzed input', () => {
  it('returns a result for random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => expectResult(readBundle(bytes))),
      { numRuns: 300 },
    );
  });

  it('returns a result for random bytes that end like a zip', () => {
    const end = valid.subarray(valid.length - 22);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) =>
        expectResult(readBundle(Uint8Array.from([...bytes, ...end]))),
      ),
      { numRuns: 200 },
    );
  });

  it('returns a result for valid bundles with bytes flipped, inserted, deleted or cut off', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (changes) =>
        expectResult(readBundle(changes.reduce(mutate, valid))),
      ),
      { numRuns: 300 },
    );
  });
});

describe('the parsers behind the reader — fuzzed input', () => {
  it('never throw on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const jpegLike = Uint8Array.from([0xff, 0xd8, ...bytes]);
        expect(() => jpegDimensions(jpegLike)).not.toThrow();
        expect(() => pngDimensions(bytes)).not.toThrow();
        expect(() => scanPdf('data/x.pdf', bytes, 1024 * 1024)).not.toThrow();
        expect(() => inflateCapped(bytes, 1024 * 1024)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
