import { describe, expect, it } from 'vitest';
import { buildBundle } from './build-bundle';
import { sampleInput } from './bundle-fixtures.test-support';
import { hostileBundles } from './hostile-bundles.test-support';
import { readBundle } from './read-bundle';
import { joinZip, splitZip } from './zip-surgery.test-support';

// Every zip-level rule of the reader (issue 10): a bundle our writer made, broken on purpose byte by byte,
// is refused with a problem naming the entry (or, for the archive as a whole, the empty path).

describe('readBundle — the zip our writer produces, and nothing else', () => {
  it('takes a bundle apart and puts it together again byte for byte (the test tool changes nothing by itself)', () => {
    const zip = buildBundle(sampleInput());
    expect(joinZip(splitZip(zip))).toEqual(zip);
    expect(readBundle(joinZip(splitZip(zip))).ok).toBe(true);
  });

  it.each(hostileBundles.map((hostile) => [hostile.rule, hostile] as const))('refuses %s', (_, hostile) => {
    const result = readBundle(hostile.build());
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toContainEqual(
      expect.objectContaining({ code: hostile.code, path: hostile.path }),
    );
  });

  it('writes no control character or bidirectional override into any finding', () => {
    for (const hostile of hostileBundles) {
      const result = readBundle(hostile.build());
      for (const problem of result.ok ? [] : result.problems) {
        // eslint-disable-next-line no-control-regex -- exactly what must not appear
        const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
        expect(unsafe.test(JSON.stringify(problem).replace(/\\u[0-9a-fA-F]{4}/g, ''))).toBe(false);
        expect(`${problem.path} ${problem.message.de} ${problem.message.en}`).not.toMatch(unsafe);
      }
    }
  });
});
