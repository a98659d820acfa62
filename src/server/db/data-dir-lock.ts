import { mkdirSync, openSync, readFileSync, unlinkSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite is one process's database: two processes writing the same directory would corrupt it. A lock file holds
 * the owner's PID. A second process is refused while that PID lives; after a `kill -9` the PID is gone and the
 * next start takes the stale lock over. (A PID reused by an unrelated process after a reboot reads as alive:
 * the message then says which file to remove.)
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly ownerPid: number,
  ) {
    super(
      `The data directory is in use by process ${ownerPid} (lock file ${lockFile}). ` +
        'Stop that server first, or start this one with another DATA_DIR. ' +
        'If no such server runs, remove the lock file.',
    );
    this.name = 'DataDirLockedError';
  }
}

export type DataDirLock = { lockFile: string; release(): void };

const lockFileName = 'server.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lockFile: string): number | undefined {
  try {
    const pid = Number(JSON.parse(readFileSync(lockFile, 'utf8')).pid);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function lockDataDir(dataDir: string, pid = process.pid): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, lockFileName);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // 'wx' creates the file or fails if it exists: atomic on every local file system.
      const fd = openSync(lockFile, 'wx', 0o600);
      writeSync(fd, JSON.stringify({ pid, startedAt: new Date().toISOString() }));
      closeSync(fd);
      return {
        lockFile,
        release() {
          if (readOwner(lockFile) === pid) unlinkSync(lockFile);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(lockFile);
      if (owner !== undefined && isAlive(owner)) throw new DataDirLockedError(lockFile, owner);
      // Stale (its owner died) or unreadable (it died while writing): take it over.
      try {
        unlinkSync(lockFile);
      } catch (unlinkError) {
        if ((unlinkError as NodeJS.ErrnoException).code !== 'ENOENT') throw unlinkError;
      }
    }
  }
  throw new Error(`Could not take the lock file ${lockFile}`);
}
