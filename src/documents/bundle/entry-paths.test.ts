import { describe, expect, it } from 'vitest';
import { checkEntryPaths } from './entry-paths';
import type { ZipEntry } from './zip-directory';

const entry = (name: string | undefined, size = 1): ZipEntry => ({
  name,
  displayName: name ?? '\ufffd',
  method: 8,
  crc32: 0,
  compressedSize: size,
  uncompressedSize: size,
});

const codes = (...names: (string | undefined)[]) => {
  const result = checkEntryPaths(names.map((name) => entry(name)));
  return result.ok ? [] : result.problems.map((p) => [p.code, p.path]);
};

describe('checkEntryPaths', () => {
  it('keeps the files of the one base directory, with their paths inside the bag, and drops folder entries', () => {
    const result = checkEntryPaths([entry('bag/', 0), entry('bag/bagit.txt'), entry('bag/data/a.pdf')]);
    expect(result.ok && [result.base, result.files.map((f) => f.bagPath)]).toEqual([
      'bag',
      ['bagit.txt', 'data/a.pdf'],
    ]);
  });

  it.each([
    ['bag/data/../../x.pdf', 'zip.path-traversal'],
    ['bag/..', 'zip.path-traversal'],
    ['/bag/x.pdf', 'zip.absolute-path'],
    ['C:/x.pdf', 'zip.absolute-path'],
    ['bag\\x.pdf', 'zip.backslash'],
    ['bag//x.pdf', 'zip.bad-path'],
    ['bag/./x.pdf', 'zip.bad-path'],
    ['bag/x\u0000.pdf', 'zip.bad-path'],
    ['other/x.pdf', 'zip.outside-base'],
    ['x.pdf', 'zip.outside-base'],
  ])('refuses %j with %s', (name, code) => {
    expect(codes('bag/bagit.txt', name)).toEqual([[code, name]]);
  });

  it('refuses duplicates by case and by Unicode normal form, and names that are not UTF-8', () => {
    expect(codes('bag/a.pdf', 'bag/A.PDF')).toEqual([['zip.duplicate-name', 'bag/A.PDF']]);
    expect(codes('bag/\u00e9.pdf', 'bag/e\u0301.pdf')).toEqual([['zip.duplicate-name', 'bag/e\u0301.pdf']]);
    expect(codes('bag/a.pdf', undefined)).toEqual([['zip.name-not-utf8', '\ufffd']]);
  });
});
