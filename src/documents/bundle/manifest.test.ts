import { describe, expect, it } from 'vitest';
import { formatManifest, parseManifest } from './manifest';

const hash = 'ab'.repeat(32);

describe('manifest files', () => {
  it('round-trips paths, percent-encoding CR, LF and % (RFC 8493 § 2.1.3)', () => {
    const lines = [
      { hash, path: 'data/antrag.pdf' },
      { hash, path: 'data/100% sicher\n.pdf' },
    ];
    const text = formatManifest(lines);
    expect(text).toBe(`${hash} data/antrag.pdf\n${hash} data/100%25 sicher%0A.pdf\n`);
    expect(parseManifest(text)).toEqual({ lines, badLines: [] });
  });

  it.each([
    ['a tab instead of a space', `${hash}\tdata/a.pdf\n`],
    ['two spaces', `${hash}  data/a.pdf\n`],
    ['upper-case hex', `${hash.toUpperCase()} data/a.pdf\n`],
    ['CR LF line ends', `${hash} data/a.pdf\r\n`],
    ['no final line feed', `${hash} data/a.pdf`],
    ['a short hash', `${hash.slice(2)} data/a.pdf\n`],
    ['an unknown percent escape', `${hash} data/a%20b.pdf\n`],
    ['an empty line', `${hash} data/a.pdf\n\n`],
  ])('refuses a line with %s: only the canonical form is accepted', (_, text) => {
    expect(parseManifest(text).badLines).toHaveLength(1);
  });
});
