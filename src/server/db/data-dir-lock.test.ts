import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'zb-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The PID of a process that has certainly ended. */
const deadPid = (): number => {
  const result = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(result.stdout.toString());
};

describe('the PGlite data directory lock', () => {
  it('holds the owner PID and refuses a second owner while the first lives', () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(lock.lockFile, 'utf8')).pid).toBe(process.pid);
    // Another live process (our parent stands in for a second server) is refused with a clear message.
    expect(() => lockDataDir(dir, process.ppid)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir, process.ppid)).toThrow(/in use by process \d+.*another DATA_DIR/);
    lock.release();
    expect(existsSync(lock.lockFile)).toBe(false);
  });

  it('takes over the lock of a process that died without releasing it (kill -9)', () => {
    const dir = freshDir();
    const pid = deadPid();
    writeFileSync(join(dir, 'server.lock'), JSON.stringify({ pid, startedAt: '2026-01-01T00:00:00Z' }));
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(lock.lockFile, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock file left half-written', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'server.lock'), '{"pi');
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(lock.lockFile, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('release never removes a lock another process took over', () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    writeFileSync(lock.lockFile, JSON.stringify({ pid: process.ppid }));
    lock.release();
    expect(existsSync(lock.lockFile)).toBe(true);
  });
});
