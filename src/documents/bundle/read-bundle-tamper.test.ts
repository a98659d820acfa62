import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBundle } from './build-bundle';
import { base, sampleInput, unzipAll, zipAll } from './bundle-fixtures.test-support';
import { readBundle } from './read-bundle';

// Any single changed byte in any file of a bag must make verification fail, naming that file. The zip is
// rebuilt around the changed file; the manifests stay as the writer made them.

const original = unzipAll(buildBundle(sampleInput()));
const bagPaths = Object.keys(original).map((name) => name.slice(base.length + 1));

describe('readBundle — a changed byte in any file', () => {
  it('covers every file of the bag', () => {
    expect(bagPaths).toEqual(
      expect.arrayContaining([
        'bagit.txt',
        'bag-info.txt',
        'manifest-sha256.txt',
        'tagmanifest-sha256.txt',
        'data/application.json',
        'data/antrag.pdf',
        'data/zuzahlung-2025-03-04-apotheke-m1.jpg',
        'data/einkommen-rente-m2-1.png',
        'data/bescheid-buergergeld.pdf',
      ]),
    );
  });

  it.each(bagPaths)('%s', (path) => {
    const bytes = original[`${base}/${path}`]!;
    fc.assert(
      fc.property(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), (index, delta) => {
        const changed = bytes.slice();
        changed[index] = (changed[index]! + delta) & 0xff;
        const result = readBundle(zipAll({ ...original, [`${base}/${path}`]: changed }));
        expect(result.ok).toBe(false);
        const problems = result.ok ? [] : result.problems;
        // The tag manifest is the one file no checksum covers: its change shows as a mismatch of the file
        // it lists, naming the tag manifest as the other party.
        const names = (p: (typeof problems)[number]) =>
          path === 'tagmanifest-sha256.txt' ? p.path === path || p.relatedPath === path : p.path === path;
        expect(problems.some(names), JSON.stringify(problems)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
