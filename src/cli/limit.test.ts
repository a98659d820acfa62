import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Proves the process wiring of limit.ts (argv, INIT_CWD, stdout/stderr, exit code) by running it.
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const casesDir = join(projectRoot, 'tests', 'fixtures', 'cases');

// Called from the cases folder, as a caseworker would: npx (like npm run) sets INIT_CWD to it.
const run = (file: string) =>
  execFileSync('npx', ['tsx', join(projectRoot, 'src', 'cli', 'limit.ts'), file], {
    cwd: casesDir,
    env: { ...process.env, LANG: 'C' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe('limit.ts (spawned process)', () => {
  it('prints the expected JSON for a case named relative to the calling directory', () => {
    const output = JSON.parse(run('01-published-2026-couple-two-children.json')) as Record<string, unknown>;
    const expectedText = readFileSync(
      join(casesDir, '01-published-2026-couple-two-children.expected.json'),
      'utf8',
    );
    const expected = Object.entries(JSON.parse(expectedText) as Record<string, unknown>).filter(
      ([key]) => !key.startsWith('_'),
    );
    expect(Object.fromEntries(expected.map(([key]) => [key, output[key]]))).toEqual(
      Object.fromEntries(expected),
    );
  }, 60_000);

  it('exits 2 with nothing on stdout for bad input', () => {
    let failure: unknown;
    try {
      run('does-not-exist.json');
    } catch (error) {
      failure = error;
    }
    expect(failure).toMatchObject({ status: 2, stdout: '' });
    expect((failure as { stderr: string }).stderr).toContain(join(casesDir, 'does-not-exist.json'));
  }, 60_000);
});
