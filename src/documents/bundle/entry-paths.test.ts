import { describe, expect, it } from 'vitest';
import { checkEntryPaths } from './entry-paths';
import type { ZipEntry } from './zip-directory';

const bag = 'zuzahlungsbefreiung-A-1';

const entry = (name: string | undefined, size = 1): ZipEntry => ({
  name,
  displayName: name ?? '\ufffd',
  method: 8,
  crc32: 0,
  compressedSize: size,
  uncompressedSize: size,
  dataOffset: 0,
});

const codes = (...names: (string | undefined)[]) => {
  const result = checkEntryPaths(names.map((name) => entry(name)));
  return result.ok ? [] : result.problems.map((p) => [p.code, p.path]);
};

describe('checkEntryPaths', () => {
  it('keeps the files of the one base directory, with their paths inside the bag', () => {
    const result = checkEntryPaths([entry(`${bag}/bagit.txt`), entry(`${bag}/data/a.pdf`)]);
    expect(result.ok && [result.base, result.files.map((f) => f.bagPath)]).toEqual([
      bag,
      ['bagit.txt', 'data/a.pdf'],
    ]);
  });

  it.each([
    [`${bag}/data/../../x.pdf`, 'zip.path-traversal'],
    [`${bag}/..`, 'zip.path-traversal'],
    [`/${bag}/x.pdf`, 'zip.absolute-path'],
    ['C:/x.pdf', 'zip.absolute-path'],
    [`${bag}\\x.pdf`, 'zip.backslash'],
    [`${bag}//x.pdf`, 'zip.bad-path'],
    [`${bag}/./x.pdf`, 'zip.bad-path'],
    ['other/x.pdf', 'zip.outside-base'],
    ['x.pdf', 'zip.outside-base'],
    [`${bag}/data/`, 'zip.folder-entry'],
    [`${bag}/notes.txt`, 'zip.unexpected-name'],
    [`${bag}/data/Beleg.pdf`, 'zip.unexpected-name'],
    [`${bag}/data/x.html`, 'zip.unexpected-name'],
    [`${bag}/data/sub/x.pdf`, 'zip.unexpected-name'],
    [`${bag}/data/rechnung\u202efdp.exe`, 'zip.unexpected-name'],
  ])('refuses %j with %s', (name, code) => {
    expect(codes(`${bag}/bagit.txt`, name)).toEqual([[code, name.replace('\u202e', '\\u202E')]]);
  });

  it('refuses a control character, naming the file with the character escaped', () => {
    expect(codes(`${bag}/bagit.txt`, `${bag}/x\u0000.pdf`)).toEqual([
      ['zip.bad-path', `${bag}/x\\u0000.pdf`],
    ]);
  });

  it('refuses a base directory that is not the one the writer names', () => {
    expect(codes('bag/bagit.txt')).toEqual([['zip.base-directory', 'bag']]);
    expect(codes('zuzahlungsbefreiung-../bagit.txt')).toEqual([
      ['zip.base-directory', 'zuzahlungsbefreiung-..'],
    ]);
  });

  it('refuses duplicates by case and by Unicode normal form, and names that are not UTF-8', () => {
    expect(codes(`${bag}/data/a.pdf`, `${bag}/data/A.PDF`)).toEqual([
      ['zip.duplicate-name', `${bag}/data/A.PDF`],
    ]);
    expect(codes(`${bag}/data/\u00e9.pdf`, `${bag}/data/e\u0301.pdf`)).toEqual([
      ['zip.duplicate-name', `${bag}/data/e\u0301.pdf`],
    ]);
    expect(codes(`${bag}/data/a.pdf`, undefined)).toEqual([['zip.name-not-utf8', '\ufffd']]);
  });
});
