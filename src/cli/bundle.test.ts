import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../documents/bundle/build-bundle';
import type { ApplicationDocument } from '../domain/application/application-document';
import { jpeg, pdf, sampleInput } from '../documents/bundle/bundle-fixtures.test-support';
import { hostileBundles } from '../documents/bundle/hostile-bundles.test-support';

// Proves the process wiring of bundle.ts (argv, INIT_CWD, stdout, exit code) by running it as `npm run` does:
// from the project root, with the caller's directory in INIT_CWD.
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'bundle-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const run = (...args: string[]) => {
  try {
    const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
    const stdout = execFileSync(tsx, [join(projectRoot, 'src', 'cli', 'bundle.ts'), ...args], {
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

describe('bundle.ts (spawned process)', () => {
  it('exits 0 for a valid bundle named relative to the calling directory, 1 for a damaged one', () => {
    // A bundle the app could have made: the documented example application with its attachments.
    const example = readFileSync(join(projectRoot, 'docs/examples/application.json'));
    const document = JSON.parse(example.toString('utf8')) as ApplicationDocument;
    const zip = buildBundle(
      sampleInput({
        applicationId: document.applicationId,
        year: document.year,
        created: document.createdAt,
        rulesVersion: document.rulesVersion,
        schemaVersion: document.schemaVersion,
        applicationJson: example,
        attachments: document.attachments.map((a) => ({
          name: a.name,
          bytes: a.type === 'image/jpeg' ? jpeg(1200, 1600) : pdf(),
        })),
      }),
    );
    writeFileSync(join(directory, 'ok.zip'), zip);
    const damaged = zip.slice();
    damaged[damaged.length - 30] = (damaged[damaged.length - 30]! + 1) & 0xff;
    writeFileSync(join(directory, 'damaged.zip'), damaged);

    const ok = run('verify', 'ok.zip');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(`${join(directory, 'ok.zip')}: valid`);
    const bad = run('verify', 'damaged.zip');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(`${join(directory, 'damaged.zip')}: invalid`);
  }, 60_000);

  it('exits 1 for a hostile zip, naming the entry with its right-to-left override escaped', () => {
    const hostile = hostileBundles.find((candidate) => candidate.rule.includes('right-to-left'));
    if (hostile === undefined) throw new Error('no right-to-left case in hostileBundles');
    writeFileSync(join(directory, 'hostile.zip'), hostile.build());
    const outcome = run('verify', 'hostile.zip');
    expect(outcome.status).toBe(1);
    expect(outcome.stdout).toContain(`${hostile.path}: `);
    expect(outcome.stdout).toContain(`[${hostile.code}]`);
    expect(outcome.stdout).not.toContain('\u202e');
  }, 60_000);

  it('exits 2 with the usage when called without arguments', () => {
    const outcome = run();
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toContain('usage: npm run --silent bundle -- verify');
  }, 60_000);
});
