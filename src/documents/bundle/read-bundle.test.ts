import { describe, expect, it } from 'vitest';
import { buildBundle } from './build-bundle';
import {
  base,
  bundleWith,
  patchDeclaredSize,
  pdf,
  replaceBytes,
  sampleInput,
  unzipAll,
  zipAll,
} from './bundle-fixtures.test-support';
import { readBundle, type ReadBundleResult } from './read-bundle';

const problemsOf = (result: ReadBundleResult) => (result.ok ? [] : result.problems);

const expectRefused = (result: ReadBundleResult, code: string, path: string) => {
  expect(result.ok).toBe(false);
  expect(problemsOf(result)).toContainEqual(expect.objectContaining({ code, path }));
};

/** A valid bundle's files plus `extra`, zipped again. */
const withExtraEntries = (extra: Record<string, Uint8Array>) =>
  zipAll({ ...unzipAll(buildBundle(sampleInput())), ...extra });

describe('readBundle — round trip', () => {
  it('gives back the files, bag-info and application the writer put in', () => {
    const input = sampleInput();
    const result = readBundle(buildBundle(input));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.flags).toEqual([]);
    expect(result.application).toEqual({ schemaVersion: 1, year: 2025, name: 'Müller' });
    expect(result.bagInfo).toEqual({
      baggingDate: '2025-03-04',
      payloadOxum: `${[input.applicationJson, input.antragPdf, ...input.attachments.map((a) => a.bytes)].reduce((s, b) => s + b.length, 0)}.5`,
      applicationId: 'A-2025-0001',
      applicationYear: 2025,
      created: '2025-03-04T10:15:00+01:00',
      appVersion: '0.1.0',
      schemaVersion: 1,
      rulesVersion: '2025.1',
    });
    const expected = [
      ['data/application.json', input.applicationJson, 'application/json'],
      ['data/antrag.pdf', input.antragPdf, 'application/pdf'],
      ...input.attachments.map(({ name, bytes }) => [
        `data/${name}`,
        bytes,
        name.endsWith('.pdf') ? 'application/pdf' : name.endsWith('.png') ? 'image/png' : 'image/jpeg',
      ]),
    ];
    expect(result.files.map(({ path, bytes, type }) => [path, bytes, type])).toEqual(expected);
  });

  it('writes the same bytes for the same input (no clock, no randomness), whatever the time zone of the machine', () => {
    const berlin = buildBundle(sampleInput());
    expect(buildBundle(sampleInput())).toEqual(berlin);
    const zone = process.env.TZ;
    try {
      // Node applies a changed TZ to later Date calls; the zip times must not move with it.
      process.env.TZ = 'America/New_York';
      expect(buildBundle(sampleInput())).toEqual(berlin);
    } finally {
      process.env.TZ = zone;
    }
  });

  it('reads a bundle that is a view into a larger buffer', () => {
    const zip = buildBundle(sampleInput());
    const larger = new Uint8Array(zip.length + 100);
    larger.set(zip, 37);
    expect(readBundle(larger.subarray(37, 37 + zip.length)).ok).toBe(true);
  });

  it('stores photos and PDFs and deflates the text files', () => {
    const zip = buildBundle(sampleInput());
    const names = Object.keys(unzipAll(zip));
    expect(names).toContain(`${base}/bagit.txt`);
    // Central directory method field: 0 = stored, 8 = deflated.
    const methodOf = (name: string) => {
      const needle = new TextEncoder().encode(name);
      for (let at = 0; at < zip.length - 4; at++) {
        if (zip[at] === 0x50 && zip[at + 1] === 0x4b && zip[at + 2] === 1 && zip[at + 3] === 2) {
          const length = zip[at + 28]! | (zip[at + 29]! << 8);
          if (length === needle.length && needle.every((byte, i) => zip[at + 46 + i] === byte))
            return zip[at + 10];
        }
      }
      return undefined;
    };
    expect(methodOf(`${base}/data/antrag.pdf`)).toBe(0);
    expect(methodOf(`${base}/data/zuzahlung-2025-03-04-apotheke-m1.jpg`)).toBe(0);
    expect(methodOf(`${base}/manifest-sha256.txt`)).toBe(8);
  });

  it('refuses input the app never produces', () => {
    expect(() => buildBundle(sampleInput({ created: 'yesterday' }))).toThrow(/created/);
    expect(() => buildBundle(sampleInput({ applicationId: '../x' }))).toThrow(/applicationId/);
    expect(() => bundleWith('../evil.pdf', pdf())).toThrow(/attachment name/);
  });
});

describe('readBundle — refused before anything is inflated', () => {
  it('refuses path traversal', () => {
    const name = `${base}/data/../../evil.pdf`;
    expectRefused(readBundle(withExtraEntries({ [name]: pdf() })), 'zip.path-traversal', name);
  });

  it('refuses absolute paths and Windows paths', () => {
    expectRefused(
      readBundle(withExtraEntries({ '/etc/evil.pdf': pdf() })),
      'zip.absolute-path',
      '/etc/evil.pdf',
    );
    expectRefused(readBundle(withExtraEntries({ 'C:/evil.pdf': pdf() })), 'zip.absolute-path', 'C:/evil.pdf');
    const windows = `${base}\\data\\evil.pdf`;
    expectRefused(readBundle(withExtraEntries({ [windows]: pdf() })), 'zip.backslash', windows);
  });

  it('refuses duplicate names, also when they differ only in case', () => {
    const upper = `${base}/data/Bescheid-Buergergeld.pdf`;
    expectRefused(readBundle(withExtraEntries({ [upper]: pdf() })), 'zip.duplicate-name', upper);
    const two = withExtraEntries({ [`${base}/data/a1.pdf`]: pdf(), [`${base}/data/a2.pdf`]: pdf() });
    expectRefused(
      readBundle(replaceBytes(two, 'a2.pdf', 'a1.pdf')),
      'zip.duplicate-name',
      `${base}/data/a1.pdf`,
    );
  });

  it('refuses entries outside the one base directory and names that are not UTF-8', () => {
    expectRefused(
      readBundle(withExtraEntries({ 'other/evil.pdf': pdf() })),
      'zip.outside-base',
      'other/evil.pdf',
    );
    const zip = replaceBytes(
      withExtraEntries({ [`${base}/data/xy.pdf`]: pdf() }),
      'xy.pdf',
      Uint8Array.from([0xff, 0xfe, 0x2e, 0x70, 0x64, 0x66]),
    );
    const result = readBundle(zip);
    expect(problemsOf(result)).toContainEqual(expect.objectContaining({ code: 'zip.name-not-utf8' }));
  });

  it('refuses a zip bomb by its declared sizes', () => {
    const bomb = `${base}/data/bomb.pdf`;
    const zeros = new Uint8Array(4 * 1024 * 1024);
    zeros.set(pdf());
    const zip = withExtraEntries({ [bomb]: zeros });
    expect(zip.length).toBeLessThan(64 * 1024);
    expectRefused(
      readBundle(zip, { limits: { maxTotalBytes: 1024 * 1024 } }),
      'zip.too-large',
      'data/bomb.pdf',
    );
    expectRefused(
      readBundle(zip, { limits: { maxEntryBytes: 1024 * 1024 } }),
      'zip.entry-too-large',
      'data/bomb.pdf',
    );
  });

  it('refuses a declared size far over the limit without inflating anything', () => {
    const zip = patchDeclaredSize(buildBundle(sampleInput()), `${base}/bag-info.txt`, 2 ** 31);
    expectRefused(readBundle(zip), 'zip.entry-too-large', 'bag-info.txt');
  });

  it('refuses an entry whose content is longer or shorter than declared', () => {
    const zip = buildBundle(sampleInput());
    const name = `${base}/bag-info.txt`;
    const size = unzipAll(zip)[name]!.length;
    const shorter = readBundle(patchDeclaredSize(zip, name, size - 1));
    expectRefused(shorter, 'zip.longer-than-declared', 'bag-info.txt');
    expectRefused(readBundle(patchDeclaredSize(zip, name, size + 1)), 'zip.size-mismatch', 'bag-info.txt');
  });
});
