import { describe, expect, it } from 'vitest';
import { buildBundle } from './build-bundle';
import {
  base,
  bundleWith,
  jpeg,
  objectStream,
  pdf,
  png,
  sampleInput,
  unzipAll,
  zipAll,
} from './bundle-fixtures.test-support';
import { readBundle, type ReadBundleResult } from './read-bundle';

// What the reader finds inside a well-formed zip: the bag's structure, the application, file types and PDFs.

const problemsOf = (result: ReadBundleResult) => (result.ok ? [] : result.problems);
const flagsOf = (result: ReadBundleResult) => (result.ok ? result.flags : []);

const expectRefused = (result: ReadBundleResult, code: string, path: string) => {
  expect(result.ok).toBe(false);
  expect(problemsOf(result)).toContainEqual(expect.objectContaining({ code, path }));
};

const withoutEntry = (name: string) => {
  const files = Object.entries(unzipAll(buildBundle(sampleInput())));
  return zipAll(Object.fromEntries(files.filter(([entry]) => entry !== `${base}/${name}`)));
};

describe('readBundle — bag structure', () => {
  it.each(['manifest-sha256.txt', 'tagmanifest-sha256.txt', 'bagit.txt', 'bag-info.txt'])(
    'refuses a bag without %s',
    (name) => {
      expectRefused(readBundle(withoutEntry(name)), `${name.replace('.txt', '')}.missing`, name);
    },
  );

  it('refuses a bag without the application or the Antrag PDF', () => {
    expectRefused(readBundle(withoutEntry('data/antrag.pdf')), 'payload.missing', 'data/antrag.pdf');
    expectRefused(readBundle(withoutEntry('data/antrag.pdf')), 'manifest.file-missing', 'data/antrag.pdf');
  });

  it('refuses a payload file the manifest does not list, and a file outside data/ by its name', () => {
    const extra = zipAll({ ...unzipAll(buildBundle(sampleInput())), [`${base}/data/extra.pdf`]: pdf() });
    expectRefused(readBundle(extra), 'manifest.file-unlisted', 'data/extra.pdf');
    const stray = zipAll({ ...unzipAll(buildBundle(sampleInput())), [`${base}/notes.txt`]: pdf() });
    expectRefused(readBundle(stray), 'zip.unexpected-name', `${base}/notes.txt`);
  });
});

describe('readBundle — the application', () => {
  const withApplication = (json: unknown) =>
    readBundle(buildBundle(sampleInput({ applicationJson: new TextEncoder().encode(JSON.stringify(json)) })));

  it('refuses an unknown schema version, naming data/application.json and the version', () => {
    const result = withApplication({ schemaVersion: 99 });
    expectRefused(result, 'application.unknown-schema-version', 'data/application.json');
    const problem = problemsOf(result).find((p) => p.code === 'application.unknown-schema-version');
    expect(problem?.message.en).toContain('99');
    expect(problem?.message.en).toContain('data/application.json');
    expect(problem?.message.de).toContain('99');
  });

  it('accepts the versions it is told to and uses a check passed in', () => {
    expect(readBundle(buildBundle(sampleInput()), { acceptedSchemaVersions: [1, 2] }).ok).toBe(true);
    const result = readBundle(buildBundle(sampleInput()), {
      checkApplication: () => ({ code: 'application.invalid', message: { de: 'ungültig', en: 'invalid' } }),
    });
    expectRefused(result, 'application.invalid', 'data/application.json');
  });

  it('refuses a bag whose bag-info.txt names another schema version than the application', () => {
    const result = readBundle(buildBundle(sampleInput({ schemaVersion: 2 })), {
      acceptedSchemaVersions: [1, 2],
    });
    expectRefused(result, 'bag-info.schema-version-mismatch', 'bag-info.txt');
  });

  it('refuses application.json that is not JSON', () => {
    const result = readBundle(buildBundle(sampleInput({ applicationJson: pdf() })));
    expectRefused(result, 'application.not-json', 'data/application.json');
  });
});

describe('readBundle — file types and images', () => {
  it('refuses a .jpg that is not a JPEG, and a file type the bag may not hold', () => {
    expectRefused(readBundle(bundleWith('foto.jpg', png(10, 10))), 'file.type-mismatch', 'data/foto.jpg');
    expectRefused(readBundle(bundleWith('beleg.pdf', jpeg(10, 10))), 'file.type-mismatch', 'data/beleg.pdf');
    const html = zipAll({ ...unzipAll(buildBundle(sampleInput())), [`${base}/data/x.html`]: pdf() });
    // Our writer never names a file .html: refused by its name before it is unpacked.
    expectRefused(readBundle(html), 'zip.unexpected-name', `${base}/data/x.html`);
  });

  it('refuses an image whose header claims too many pixels, before decoding it', () => {
    expectRefused(
      readBundle(bundleWith('gross.jpg', jpeg(20_000, 20_000))),
      'image.too-large',
      'data/gross.jpg',
    );
    expectRefused(
      readBundle(bundleWith('gross.png', png(10_000, 10_000))),
      'image.too-large',
      'data/gross.png',
    );
    expectRefused(readBundle(bundleWith('flach.png', png(0, 10))), 'image.no-dimensions', 'data/flach.png');
  });

  it('accepts a 48-megapixel phone photo', () => {
    expect(readBundle(bundleWith('foto.jpg', jpeg(8064, 6048))).ok).toBe(true);
  });
});

describe('readBundle — active content in PDFs', () => {
  const javascriptAction = '3 0 obj\n<< /S /JavaScript /JS (app.alert(1)) >>\nendobj\n';

  it.each([
    ['JavaScript', pdf('/OpenAction 3 0 R ', javascriptAction), 'pdf.javascript'],
    [
      'a hex-escaped name',
      pdf('/OpenAction 3 0 R ', '3 0 obj\n<< /S /J#61vaScript /J#53 (x) >>\nendobj\n'),
      'pdf.javascript',
    ],
    [
      'JavaScript hidden in a Flate object stream',
      pdf('/OpenAction 3 0 R ', objectStream(4, '3 0 << /S /JavaScript /JS (x) >>')),
      'pdf.javascript',
    ],
    ['/Launch', pdf('', '3 0 obj\n<< /S /Launch /F (cmd.exe) >>\nendobj\n'), 'pdf.launch'],
    ['/SubmitForm', pdf('', '3 0 obj\n<< /S /SubmitForm /F (https://x) >>\nendobj\n'), 'pdf.submit-form'],
    ['/ImportData', pdf('', '3 0 obj\n<< /S /ImportData /F (x.fdf) >>\nendobj\n'), 'pdf.import-data'],
    [
      'JavaScript in an ASCIIHex-encoded object stream',
      pdf('', objectStream(4, '332030203C3C202F53202F4A617661536372697074203E3E>', '/ASCIIHexDecode')),
      'pdf.javascript',
    ],
    [
      'an object stream it cannot decode',
      pdf('', objectStream(4, '3 0 << /S /JavaScript >>', '/Crypt')),
      'pdf.unscannable',
    ],
  ])('refuses a PDF with %s', (_, bytes, code) => {
    expectRefused(readBundle(bundleWith('beleg.pdf', bytes)), code, 'data/beleg.pdf');
  });

  it('refuses an object stream that inflates beyond the limit', () => {
    const bytes = pdf('', objectStream(4, `3 0 << /Producer (${'x'.repeat(200_000)}) >>`));
    expectRefused(
      readBundle(bundleWith('beleg.pdf', bytes), { limits: { maxPdfInflatedBytes: 50_000 } }),
      'pdf.unscannable',
      'data/beleg.pdf',
    );
  });

  it.each([
    [
      'encrypted',
      pdf('', 'trailer\n<< /Root 1 0 R /Encrypt 3 0 R >>\n3 0 obj\n<< /Filter /Standard /V 2 >>\nendobj\n'),
      'pdf.encrypted',
    ],
    ['an embedded file (e-invoice)', pdf('/Names << /EmbeddedFiles 4 0 R >> '), 'pdf.embedded-file'],
    ['/OpenAction', pdf('/OpenAction [2 0 R /Fit] '), 'pdf.automatic-action'],
    ['additional actions (/AA)', pdf('/AA << /WC 3 0 R >> '), 'pdf.automatic-action'],
  ])('accepts but flags a PDF that is %s', (_, bytes, code) => {
    const result = readBundle(bundleWith('rente.pdf', bytes));
    expect(problemsOf(result)).toEqual([]);
    expect(flagsOf(result)).toEqual([expect.objectContaining({ code, path: 'data/rente.pdf' })]);
  });

  it('is not fooled by names of Object.prototype members', () => {
    expect(readBundle(bundleWith('a.pdf', pdf('/constructor 1 /__proto__ 2 /toString 3 '))).ok).toBe(true);
    const zip = zipAll({ ...unzipAll(buildBundle(sampleInput())), [`${base}/data/x.constructor`]: pdf() });
    expectRefused(readBundle(zip), 'zip.unexpected-name', `${base}/data/x.constructor`);
  });

  it('does not mistake bytes inside compressed image data, or a longer name, for JavaScript', () => {
    const image =
      '3 0 obj\n<< /Type /XObject /Subtype /Image /Filter /DCTDecode /Length 12 >>\nstream\n\xff\xd8/JS /Launch\nendstream\nendobj\n';
    expect(readBundle(bundleWith('scan.pdf', pdf('/JSON 1 /Launcher 2 ', image))).ok).toBe(true);
  });
});
