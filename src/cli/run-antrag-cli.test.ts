import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { applicationDocumentSchema } from '../domain/application/application-document';
import { formatCents } from '../documents/antrag/antrag-format';
import { runAntragCli, type AntragCliDeps } from './run-antrag-cli';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const examplePath = join(projectRoot, 'docs', 'examples', 'application.json');
const exampleText = readFileSync(examplePath, 'utf8');
const fontDir = join(projectRoot, 'node_modules', 'dejavu-fonts-ttf', 'ttf');
const fonts = { fontBytes: readFileSync(join(fontDir, 'DejaVuSans.ttf')) };

/** A file system of `files` under /cases; what the CLI writes lands in `written`. */
const world = (files: Record<string, string>, overrides: Partial<AntragCliDeps> = {}) => {
  const written = new Map<string, Uint8Array>();
  const deps: AntragCliDeps = {
    cwd: '/cases',
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error('ENOENT: no such file');
      return text;
    },
    writeFile: (path, bytes) => written.set(path, bytes),
    fonts: () => fonts,
    ...overrides,
  };
  return { deps, written };
};

const withExample = (change: (json: Record<string, unknown>) => unknown) =>
  JSON.stringify(change(JSON.parse(exampleText) as Record<string, unknown>));

const fieldsOf = async (bytes: Uint8Array | undefined) => {
  if (bytes === undefined) throw new Error('no PDF written');
  const form = (await PDFDocument.load(bytes)).getForm();
  return (name: string) => form.getTextField(name).getText();
};

// Rendering a 41-receipt Antrag takes a second or two on shared cores: a generous limit, never a time assertion.
describe('runAntragCli', { timeout: 60_000 }, () => {
  it('the example in docs/examples passes the schema and becomes an Antrag with the limit it states', async () => {
    const example = applicationDocumentSchema.parse(JSON.parse(exampleText));
    const { deps, written } = world({ '/cases/application.json': exampleText });
    const outcome = await runAntragCli(['application.json', '-o', 'out/antrag.pdf'], deps);
    expect(outcome).toEqual({ exitCode: 0, stdout: '/cases/out/antrag.pdf\n', stderr: '' });
    const field = await fieldsOf(written.get('/cases/out/antrag.pdf'));
    const money = (cents: number) => formatCents(cents, 'de').replace('\u00a0', ' ');
    expect(field('berechnung.belastungsgrenze')).toBe(money(example.calculation.limitCents));
    expect(field('berechnung.erstattung')).toBe(money(example.calculation.refundCents));
    expect(field('antrag.id')).toBe(example.applicationId);
    expect(field('antrag.sprache')).toBe('de');
    expect(field('unterschrift.ort')).toBe(example.applicant.address.city);
    expect(field('unterschrift.datum')).toBe('20.11.2026');
    expect(field('anlage.1.datei')).toBe(example.attachments[0]?.name);
  });

  it('writes the English reading copy with --lang en, options in any order', async () => {
    const { deps, written } = world({ '/data/a.json': exampleText });
    const outcome = await runAntragCli(['--lang=en', '--output', '/tmp/x.pdf', '/data/a.json'], deps);
    expect(outcome.exitCode).toBe(0);
    const field = await fieldsOf(written.get('/tmp/x.pdf'));
    expect(field('antrag.sprache')).toBe('en');
    expect(field('unterschrift.datum')).toBe('2026-11-20');
  });

  it('prints the usage for --help', async () => {
    const outcome = await runAntragCli(['--help'], world({}).deps);
    expect(outcome).toMatchObject({ exitCode: 0, stderr: '' });
    expect(outcome.stdout).toContain('usage: npm run --silent antrag --');
  });

  it.each([
    [[], 'expected exactly one argument'],
    [['a.json', 'b.json', '-o', 'x.pdf'], 'expected exactly one argument'],
    [['application.json'], 'expected -o'],
    [['application.json', '-o'], '-o expects a value'],
    [['application.json', '-o', 'x.pdf', '--lang', 'fr'], '--lang must be de or en, not "fr"'],
    [['application.json', '-o', 'x.pdf', '--force'], 'unknown option "--force"'],
    [['missing.json', '-o', 'x.pdf'], 'cannot read /cases/missing.json: ENOENT'],
  ])('exits 2 with the usage for %j', async (args, message) => {
    const { deps, written } = world({ '/cases/application.json': exampleText });
    const outcome = await runAntragCli(args, deps);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toContain(message);
    expect(outcome.stderr).toContain('usage: npm run --silent antrag --');
    expect(written.size).toBe(0);
  });

  it('exits 2 for a file that is not JSON', async () => {
    const outcome = await runAntragCli(
      ['a.json', '-o', 'x.pdf'],
      world({ '/cases/a.json': '{"year":' }).deps,
    );
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toMatch(/^antrag: \/cases\/a\.json is not valid JSON: /);
  });

  it('exits 2 naming every field of an application that does not pass the schema', async () => {
    const text = withExample((json) => ({
      ...json,
      applicant: { ...(json.applicant as object), kvnr: 'L12' },
      note: 'x',
    }));
    const { deps, written } = world({ '/cases/a.json': text });
    const outcome = await runAntragCli(['a.json', '-o', 'x.pdf'], deps);
    expect(outcome).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'antrag: /cases/a.json is not a valid application.json:\n' +
        '  applicant.kvnr: must be at least 10\n' +
        '  note: unknown key\n',
    });
    expect(written.size).toBe(0);
  });

  it('names the field in German when asked, and refuses an unknown schema version in so many words', async () => {
    const text = withExample((json) => ({ ...json, schemaVersion: 3 }));
    const { deps } = world({ '/cases/a.json': text }, { language: 'de' });
    const outcome = await runAntragCli(['a.json', '-o', 'x.pdf'], deps);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain('  schemaVersion: Unbekannte Schemaversion 3 in data/application.json');
  });

  it('exits 2 naming the year when the rule engine has no figures for it', async () => {
    const text = withExample((json) => ({ ...json, year: 2019 }));
    const outcome = await runAntragCli(['a.json', '-o', 'x.pdf'], world({ '/cases/a.json': text }).deps);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain('/cases/a.json: year: There are no figures of law for the year 2019.');
  });

  it('exits 1 when the PDF cannot be written', async () => {
    const { deps } = world(
      { '/cases/a.json': exampleText },
      {
        writeFile: () => {
          throw new Error('EACCES: permission denied');
        },
      },
    );
    const outcome = await runAntragCli(['a.json', '-o', '/root/x.pdf'], deps);
    expect(outcome).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'antrag: cannot write /root/x.pdf: EACCES: permission denied\n',
    });
  });
});

// Proves the process wiring of antrag.ts (argv, INIT_CWD, fonts from node_modules, the file written, exit code)
// by running it as `npm run` does: from the project root, with the caller's directory in INIT_CWD.
describe('antrag.ts (spawned process)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'antrag-cli-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  const run = (...args: string[]) => {
    try {
      const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
      const stdout = execFileSync(tsx, [join(projectRoot, 'src', 'cli', 'antrag.ts'), ...args], {
        cwd: projectRoot,
        env: { ...process.env, LANG: 'C', INIT_CWD: directory },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      return { status: 0, stdout, stderr: '' };
    } catch (error) {
      return error as { status: number; stdout: string; stderr: string };
    }
  };

  it('writes the PDF relative to the calling directory, and exits 2 for bad usage', async () => {
    const ok = run(examplePath, '-o', 'antrag.pdf');
    expect(ok).toMatchObject({ status: 0, stdout: `${join(directory, 'antrag.pdf')}\n` });
    const field = await fieldsOf(readFileSync(join(directory, 'antrag.pdf')));
    expect(field('antragsteller.name')).toBe('Łukasz Ğüneş Ørsted-Nguyễn');
    const bad = run(examplePath);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('expected -o');
  }, 120_000);
});
