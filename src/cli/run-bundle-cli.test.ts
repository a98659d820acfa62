import { describe, expect, it } from 'vitest';
import type { ApplicationDocument } from '../domain/application/application-document';
import { buildApplicationDocument } from '../domain/application/build-application-document';
import { sampleContext, sampleDrafts } from '../domain/application/sample-drafts.test-support';
import { buildBundle } from '../documents/bundle/build-bundle';
import { jpeg, pdf, sampleInput } from '../documents/bundle/bundle-fixtures.test-support';
import { hostileBundles } from '../documents/bundle/hostile-bundles.test-support';
import { runBundleCli } from './run-bundle-cli';
import { checkApplication } from '../domain/application/check-application';

/** The pensioner's application as the app writes it, listing `names` as receipt scans. */
const applicationListing = (names: readonly string[]): ApplicationDocument => {
  const draft = sampleDrafts.pensioner();
  draft.answers.declarations = { correct: true, consent: true };
  const built = buildApplicationDocument(checkApplication(draft, sampleContext), {
    applicationId: 'ZB-2026-000042',
    createdAt: '2026-11-20T10:00:00+01:00',
    nameAttachments: () => [],
  });
  if (!built.ok) throw new Error(built.problem.message.en);
  const attachments = names.map((name, i) => ({
    fileId: `f-${i + 1}`,
    name,
    type: name.endsWith('.pdf') ? ('application/pdf' as const) : ('image/jpeg' as const),
    purpose: 'receipt' as const,
    refId: `r${i + 1}`,
  }));
  return { ...built.value, attachments };
};

/** A bundle holding `files` in data/ and an application.json listing `listed` (by default: the same files). */
const bundle = (
  files: Record<string, Uint8Array>,
  application: unknown = applicationListing(Object.keys(files)),
): Uint8Array =>
  buildBundle(
    sampleInput({
      applicationId: 'ZB-2026-000042',
      year: 2026,
      created: '2026-11-20T10:00:00+01:00',
      rulesVersion: (application as ApplicationDocument).rulesVersion,
      // bag-info.txt repeats the application's version (ADR 0009); a test's application may have none.
      schemaVersion: Number((application as { schemaVersion?: unknown }).schemaVersion ?? 1) || 1,
      applicationJson: new TextEncoder().encode(JSON.stringify(application)),
      attachments: Object.entries(files).map(([name, bytes]) => ({ name, bytes })),
    }),
  );

const scans = {
  'zuzahlung-2026-01-10-loewen-apotheke-m1.jpg': jpeg(1200, 1600),
  'zuzahlung-2026-02-11-loewen-apotheke-m1.pdf': pdf('/Lang (de-DE) '),
};

const filesIn = (files: Record<string, Uint8Array>) => ({
  cwd: '/cases',
  readFile: (path: string) => {
    const bytes = files[path];
    if (bytes === undefined) throw new Error('ENOENT: no such file');
    return bytes;
  },
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('runBundleCli', () => {
  it('exits 0 with a summary for a valid bundle, resolving the path against the calling directory', () => {
    const outcome = runBundleCli(['verify', 'ok.zip'], filesIn({ '/cases/ok.zip': bundle(scans) }));
    expect(outcome).toMatchObject({ exitCode: 0, stderr: '' });
    const lines = outcome.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('/cases/ok.zip: valid');
    expect(lines[1]).toBe(
      'Application-Id: ZB-2026-000042, Application-Year: 2026, Created: 2026-11-20T10:00:00+01:00',
    );
    expect(lines).toContain('4 files, ' + lines[3]!.split(' ')[2] + ' bytes:');
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {2}data\/antrag\.pdf \(application\/pdf, \d+ bytes\)$/),
    );
  });

  it('prints the flags of a valid bundle', () => {
    const zip = bundle({ 'rente.pdf': pdf('/OpenAction [2 0 R /Fit] ') });
    const outcome = runBundleCli(['verify', '/tmp/b.zip'], filesIn({ '/tmp/b.zip': zip }));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toContain(
      'flag: data/rente.pdf: the PDF triggers actions when opened [pdf.automatic-action]\n',
    );
  });

  it('exits 1 with one line per problem naming the file, in German when asked', () => {
    const zip = bundle({ 'beleg.pdf': pdf('', '3 0 obj\n<< /S /JavaScript /JS (x) >>\nendobj\n') });
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

  it('exits 1 naming data/application.json and the field when the application does not match its schema', () => {
    const application = applicationListing(Object.keys(scans));
    const zip = bundle(scans, { ...application, applicant: { ...application.applicant, kvnr: 'E1' } });
    const outcome = runBundleCli(['verify', 'b.zip'], filesIn({ '/cases/b.zip': zip }));
    expect(outcome).toEqual({
      exitCode: 1,
      stdout:
        '/cases/b.zip: invalid, 1 problem(s)\n' +
        'data/application.json: does not match the application.json format: applicant.kvnr: must be at least 10 [application.invalid]\n',
      stderr: '',
    });
  });

  it('exits 1 naming each file that application.json lists but the bundle lacks, or the other way round', () => {
    const [first, second] = Object.keys(scans);
    const zip = bundle(
      { [first!]: jpeg(1200, 1600), 'extra.jpg': jpeg(10, 10) },
      applicationListing([first!, second!]),
    );
    const outcome = runBundleCli(['verify', 'b.zip'], {
      ...filesIn({ '/cases/b.zip': zip }),
      language: 'de',
    });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stdout.trimEnd().split('\n').slice(1)).toEqual([
      `data/${second!} (data/application.json): Die Datei steht in der Anlagenliste, fehlt aber im Paket. [application.attachment-missing]`,
      'data/extra.jpg (data/application.json): Die Datei steht nicht in der Anlagenliste von data/application.json. [application.attachment-unlisted]',
    ]);
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

  it.each(hostileBundles.map((hostile) => [hostile.rule, hostile] as const))(
    'exits 1 naming the file for a zip with %s',
    (_, hostile) => {
      const outcome = runBundleCli(['verify', 'h.zip'], filesIn({ '/cases/h.zip': hostile.build() }));
      expect(outcome.exitCode).toBe(1);
      const file = hostile.path === '' ? '/cases/h.zip' : hostile.path;
      expect(outcome.stdout.split('\n')).toContainEqual(
        expect.stringMatching(new RegExp(`^${escapeRegExp(file)}: .* \\[${escapeRegExp(hostile.code)}\\]$`)),
      );
    },
  );

  it('escapes control characters and bidirectional overrides in every line it prints', () => {
    const rtl = hostileBundles.find((hostile) => hostile.rule.includes('right-to-left'));
    const typed = 'beleg\u202egpj.zip';
    const outcome = runBundleCli(['verify', typed], filesIn({ [`/cases/${typed}`]: rtl!.build() }));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stdout).toContain('/cases/beleg\\u202Egpj.zip: invalid');
    expect(outcome.stdout).toContain('/data/bescheid-buerg\\u202Efdp.exe: ');
    expect(outcome.stdout).not.toMatch(
      // eslint-disable-next-line no-control-regex -- exactly what must not be printed
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/,
    );
    const missing = runBundleCli(['verify', 'x\u001b[2J.zip'], filesIn({}));
    expect(missing.stderr).toContain('x\\u001B[2J.zip');
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
