import { describe, expect, it } from 'vitest';
import { buildBundle } from '../documents/bundle/build-bundle';
import { bundleWith, pdf, sampleInput } from '../documents/bundle/bundle-fixtures.test-support';
import { runBundleCli } from './run-bundle-cli';

const filesIn = (files: Record<string, Uint8Array>) => ({
  cwd: '/cases',
  readFile: (path: string) => {
    const bytes = files[path];
    if (bytes === undefined) throw new Error('ENOENT: no such file');
    return bytes;
  },
});

describe('runBundleCli', () => {
  it('exits 0 with a summary for a valid bundle, resolving the path against the calling directory', () => {
    const outcome = runBundleCli(
      ['verify', 'ok.zip'],
      filesIn({ '/cases/ok.zip': buildBundle(sampleInput()) }),
    );
    expect(outcome).toMatchObject({ exitCode: 0, stderr: '' });
    const lines = outcome.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('/cases/ok.zip: valid');
    expect(lines[1]).toBe(
      'Application-Id: A-2025-0001, Application-Year: 2025, Created: 2025-03-04T10:15:00+01:00',
    );
    expect(lines).toContain('5 files, ' + lines[3]!.split(' ')[2] + ' bytes:');
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {2}data\/antrag\.pdf \(application\/pdf, \d+ bytes\)$/),
    );
  });

  it('prints the flags of a valid bundle', () => {
    const zip = bundleWith('rente.pdf', pdf('/OpenAction [2 0 R /Fit] '));
    const outcome = runBundleCli(['verify', '/tmp/b.zip'], filesIn({ '/tmp/b.zip': zip }));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toContain(
      'flag: data/rente.pdf: the PDF triggers actions when opened [pdf.automatic-action]\n',
    );
  });

  it('exits 1 with one line per problem naming the file, in German when asked', () => {
    const zip = bundleWith('beleg.pdf', pdf('', '3 0 obj\n<< /S /JavaScript /JS (x) >>\nendobj\n'));
    const outcome = runBundleCli(['verify', 'b.zip'], {
      ...filesIn({ '/cases/b.zip': zip }),
      language: 'de',
    });
    expect(outcome).toEqual({
      exitCode: 1,
      stdout:
        '/cases/b.zip: ungültig, 1 Problem(e)\ndata/beleg.pdf: Die PDF-Datei enthält JavaScript. [pdf.javascript]\n',
      stderr: '',
    });
  });

  it('names the archive itself for a problem of the zip as a whole', () => {
    const outcome = runBundleCli(
      ['verify', 'x.zip'],
      filesIn({ '/cases/x.zip': new TextEncoder().encode('not a zip') }),
    );
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stdout.split('\n')[1]).toMatch(
      /^\/cases\/x\.zip: the zip file is damaged: .* \[zip\.malformed\]$/,
    );
  });

  it.each([
    [[], 'expected a command'],
    [['check', 'b.zip'], 'unknown command "check"'],
    [['verify'], 'exactly one argument'],
    [['verify', 'a.zip', 'b.zip'], 'exactly one argument'],
    [['verify', 'missing.zip'], 'cannot read /cases/missing.zip: ENOENT'],
  ])('exits 2 with the usage for %j', (args, message) => {
    const outcome = runBundleCli(args, filesIn({}));
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toContain(message);
    expect(outcome.stderr).toContain('usage: npm run --silent bundle -- verify path/to/bundle.zip');
  });
});
