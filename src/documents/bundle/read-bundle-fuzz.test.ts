import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBundle } from './build-bundle';
import { sampleInput } from './bundle-fixtures.test-support';
import { jpegDimensions, pngDimensions } from './image-dimensions';
import { scanPdf } from './pdf-active-content';
import { inflateCapped } from './pdf-streams';
import { readBundle, type ReadBundleResult } from './read-bundle';
import { extraField, joinZip, setU16, setU32, splitZip } from './zip-surgery.test-support';

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
      { seed: 10, numRuns: 300 },
    );
  });

  it('returns a result for random bytes that end like a zip', () => {
    const end = valid.subarray(valid.length - 22);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) =>
        expectResult(readBundle(Uint8Array.from([...bytes, ...end]))),
      ),
      { seed: 10, numRuns: 200 },
    );
  });

  it('returns a result for valid bundles with bytes flipped, inserted, deleted or cut off', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (changes) =>
        expectResult(readBundle(changes.reduce(mutate, valid))),
      ),
      { seed: 10, numRuns: 300 },
    );
  });
});

// Zip-level mutations aimed at the structures the reader parses: every field of every local header, central
// header and the end record, extra fields, entry data, whole ranges moved elsewhere, and the file cut off.

/**
 * Offset, size and whether the reader may ignore it, for every field of the valid bundle's headers (APPNOTE
 * 4.3.7, 4.3.12, 4.3.16). Free are only the DOS time and date, "version needed" and the version half of
 * "version made by": they change no byte any reader unpacks.
 */
const headerFields: { at: number; size: number; free: boolean }[] = (() => {
  const fields: { at: number; size: number; free: boolean }[] = [];
  const view = new DataView(valid.buffer, valid.byteOffset, valid.byteLength);
  const end = valid.length - 22;
  // [size, free] in header order.
  const localLayout: [number, boolean][] = [
    [4, false],
    [2, true],
    [2, false],
    [2, false],
    [2, true],
    [2, true],
    [4, false],
    [4, false],
    [4, false],
    [2, false],
    [2, false],
  ];
  const centralLayout: [number, boolean][] = [
    [4, false],
    [2, true],
    [2, true],
    [2, false],
    [2, false],
    [2, true],
    [2, true],
    [4, false],
    [4, false],
    [4, false],
    [2, false],
    [2, false],
    [2, false],
    [2, false],
    [2, false],
    [4, false],
    [4, false],
  ];
  const endLayout: [number, boolean][] = [4, 2, 2, 2, 2, 4, 4, 2].map((size) => [size, false]);
  const add = (start: number, layout: [number, boolean][]) => {
    let at = start;
    for (const [size, free] of layout) {
      fields.push({ at, size, free });
      at += size;
    }
  };
  let at = view.getUint32(end + 16, true);
  while (at < end) {
    add(at, centralLayout);
    add(view.getUint32(at + 42, true), localLayout);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  add(end, endLayout);
  return fields;
})();

const fieldAt = (index: number) => headerFields[index % headerFields.length]!;

type ZipMutation =
  | { kind: 'field'; field: number; value: number }
  | { kind: 'splice'; from: number; length: number; to: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'extra'; record: number; local: boolean; id: number; data: Uint8Array; lie: number }
  | { kind: 'data'; record: number; bytes: Uint8Array };

const zipMutation: fc.Arbitrary<ZipMutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('field' as const),
      field: fc.nat(),
      value: fc.oneof(fc.nat(), fc.constantFrom(0, 1, 0xffff, 0xffffffff, 0x7fffffff), fc.nat({ max: 64 })),
    }),
  },
  fc.record({
    kind: fc.constant('splice' as const),
    from: fc.nat(),
    length: fc.integer({ min: 1, max: 256 }),
    to: fc.nat(),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('extra' as const),
    record: fc.nat(),
    local: fc.boolean(),
    id: fc.oneof(fc.constantFrom(0x7075, 0x5455, 0x0001, 0x000a), fc.nat({ max: 0xffff })),
    data: fc.uint8Array({ maxLength: 24 }),
    lie: fc.integer({ min: -8, max: 8 }),
  }),
  fc.record({
    kind: fc.constant('data' as const),
    record: fc.nat(),
    bytes: fc.uint8Array({ maxLength: 512 }),
  }),
);

function mutateZip(zip: Uint8Array, change: ZipMutation): Uint8Array {
  switch (change.kind) {
    case 'field': {
      const { at, size } = fieldAt(change.field);
      if (at + size > zip.length) return zip;
      const out = zip.slice();
      if (size === 4) setU32(out, at, change.value >>> 0);
      else if (size === 2) setU16(out, at, change.value & 0xffff);
      return out;
    }
    case 'splice': {
      const from = change.from % (zip.length + 1);
      const to = change.to % (zip.length + 1);
      const piece = zip.slice(from, from + change.length);
      return Uint8Array.from([...zip.subarray(0, to), ...piece, ...zip.subarray(to)]);
    }
    case 'truncate':
      return zip.slice(0, change.at % (zip.length + 1));
    case 'extra':
    case 'data': {
      // Rebuilt around the change, so that every other offset and length stays consistent.
      const parts = splitZip(valid);
      const record = parts.records[change.record % parts.records.length]!;
      if (change.kind === 'data') {
        record.data = change.bytes;
      } else {
        const field = extraField(change.id, change.data);
        setU16(field, 2, Math.max(0, change.data.length + change.lie));
        if (change.local) record.localExtra = field;
        else record.centralExtra = field;
      }
      return joinZip(parts);
    }
  }
}

describe('readBundle — zip-level mutations of a valid bundle', () => {
  it('returns a result, never throwing, for changed header fields, extra fields, entry data, moved ranges and cut-off files', () => {
    fc.assert(
      fc.property(fc.array(zipMutation, { minLength: 1, maxLength: 3 }), (changes) => {
        const [first, ...rest] = changes;
        // Rebuilding mutations start from the valid bundle; the byte-level ones apply on top.
        const start = first ? mutateZip(valid, first) : valid;
        expectResult(readBundle(rest.reduce(mutateZip, start)));
      }),
      { seed: 10, numRuns: 400 },
    );
  });

  it('refuses a change to any header field other than times and versions', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (field, value) => {
        const { at, size, free } = fieldAt(field);
        const changed = mutateZip(valid, { kind: 'field', field, value });
        fc.pre(!free && !changed.subarray(at, at + size).every((byte, i) => byte === valid[at + i]));
        const result = readBundle(changed);
        expectResult(result);
        expect(result.ok).toBe(false);
      }),
      { seed: 10, numRuns: 300 },
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
      { seed: 10, numRuns: 300 },
    );
  });
});
