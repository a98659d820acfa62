import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attachmentNamePattern, isAttachmentName } from './bag-layout';
import { buildBundle } from './build-bundle';
import { base, jpeg, pdf, png, sampleInput, unzipAll, zipAll } from './bundle-fixtures.test-support';
import { hostileBundles } from './hostile-bundles.test-support';
import { displayName } from './display-name';
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

describe('readBundle — names: exactly what the writer can produce', () => {
  const bytesFor = (name: string) =>
    name.endsWith('.pdf') ? pdf() : name.endsWith('.png') ? png(10, 10) : jpeg(10, 10);

  it('accepts every attachment name the writer accepts', () => {
    fc.assert(
      fc.property(fc.stringMatching(attachmentNamePattern), (name) => {
        fc.pre(name !== 'antrag.pdf');
        const zip = buildBundle(sampleInput({ attachments: [{ name, bytes: bytesFor(name) }] }));
        const result = readBundle(zip);
        expect(result.ok ? [] : result.problems).toEqual([]);
      }),
      { seed: 10, numRuns: 60 },
    );
  });

  it('refuses, naming it, every attachment name the writer refuses', () => {
    const valid = unzipAll(buildBundle(sampleInput()));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 24, unit: 'binary' }),
          fc.stringMatching(/^[A-Za-z0-9 ._~/-]{1,20}\.(jpg|png|pdf|html|txt)$/),
        ),
        (name) => {
          fc.pre(!isAttachmentName(name));
          expect(() => buildBundle(sampleInput({ attachments: [{ name, bytes: pdf() }] }))).toThrow();
          const zip = zipAll({ ...valid, [`${base}/data/${name}`]: bytesFor(name) });
          const result = readBundle(zip);
          expect(result.ok).toBe(false);
          const paths = result.ok ? [] : result.problems.map((problem) => problem.path);
          expect(paths).toContain(displayName(`${base}/data/${name}`));
        },
      ),
      { seed: 10, numRuns: 60 },
    );
  });
});
