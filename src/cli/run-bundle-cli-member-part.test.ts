import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipAll, zipAll } from '../documents/bundle/bundle-fixtures.test-support';
import {
  memberPartBag,
  memberPartDocument,
  receiptPhotoName,
  sampleInvitationId,
} from '../documents/member-part/member-part-fixtures.test-support';
import { runBundleCli } from './run-bundle-cli';

const filesIn = (files: Record<string, Uint8Array>) => ({
  cwd: '/parts',
  readFile: (path: string) => {
    const bytes = files[path];
    if (bytes === undefined) throw new Error('ENOENT: no such file');
    return bytes;
  },
});

describe("runBundleCli with a member's part (issue 14)", () => {
  it("exits 0 for a valid member's part, saying what it is and what the applicant receives of it", () => {
    const outcome = runBundleCli(['verify', 'part.zip'], filesIn({ '/parts/part.zip': memberPartBag() }));
    expect(outcome).toMatchObject({ exitCode: 0, stderr: '' });
    const lines = outcome.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe("/parts/part.zip: valid, a member's part (not a whole application)");
    expect(lines[1]).toBe(
      `Bag-Kind: member-part, Invitation-Id: ${sampleInvitationId}, Application-Year: 2026, Created: 2026-11-20T10:00:00+01:00`,
    );
    expect(lines[3]).toBe('member m-spouse: income 1440000 ct, chronically ill: yes, 2 co-payments');
    expect(lines[4]).toMatch(/^2 files, \d+ bytes:$/);
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {2}data\/member-part\.json \(application\/json, \d+ bytes\)$/),
    );
    expect(lines).toContain(`  data/${receiptPhotoName} (image/jpeg, 636 bytes)`);
  });

  it('says so in German when asked', () => {
    const outcome = runBundleCli(['verify', 'part.zip'], {
      ...filesIn({ '/parts/part.zip': memberPartBag() }),
      language: 'de',
    });
    expect(outcome.stdout.split('\n')[0]).toBe(
      '/parts/part.zip: gültig, Teil eines Haushaltsmitglieds (nicht der ganze Antrag)',
    );
  });

  it('exits 1 naming the problem for a tampered part and for a summary that does not match its entries', () => {
    const files = unzipAll(memberPartBag());
    const photoPath = Object.keys(files).find((name) => name.endsWith(receiptPhotoName))!;
    const photo = files[photoPath]!.slice();
    photo[photo.length - 3] = (photo[photo.length - 3] ?? 0) ^ 0xff;
    files[photoPath] = photo;
    const tampered = runBundleCli(['verify', 'bad.zip'], filesIn({ '/parts/bad.zip': zipAll(files) }));
    expect(tampered.exitCode).toBe(1);
    expect(tampered.stdout).toContain("/parts/bad.zip: invalid (a member's part), 1 problem(s)");
    expect(tampered.stdout).toContain(`data/${receiptPhotoName} (manifest-sha256.txt): `);

    const summary = { ...memberPartDocument().summary, reducedRate: false };
    const lied = runBundleCli(
      ['verify', 'lied.zip'],
      filesIn({ '/parts/lied.zip': memberPartBag({ summary }) }),
    );
    expect(lied.exitCode).toBe(1);
    expect(lied.stdout).toContain(
      'data/member-part.json: summary.reducedRate (false) does not match the entries (true) [member-part.summary-mismatch]',
    );
  });
});

// The process wiring, as `npm run --silent bundle -- verify` runs it (see bundle.test.ts).
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'member-part-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("bundle.ts verify with a member's part (spawned process)", () => {
  it('exits 0', () => {
    writeFileSync(join(directory, 'part.zip'), memberPartBag());
    const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
    const stdout = execFileSync(tsx, [join(projectRoot, 'src', 'cli', 'bundle.ts'), 'verify', 'part.zip'], {
      cwd: projectRoot,
      env: { ...process.env, LANG: 'C', INIT_CWD: directory },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(stdout).toContain("valid, a member's part");
  });
});
