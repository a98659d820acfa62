import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../documents/bundle/build-bundle';
import { sampleInput } from '../documents/bundle/bundle-fixtures.test-support';

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
    const zip = buildBundle(sampleInput());
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

  it('exits 2 with the usage when called without arguments', () => {
    const outcome = run();
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toContain('usage: npm run --silent bundle -- verify');
  }, 60_000);
});
