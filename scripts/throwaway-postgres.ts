/**
 * A throwaway PostgreSQL cluster for tests: Debian's postgresql binaries, a temp directory, a free port on
 * 127.0.0.1, trust authentication for the superuser `zb`. Nothing outside the temp directory is touched, and
 * stopping removes it.
 *
 * Debian's postgres refuses to run as root: as root the cluster runs as the `postgres` user (via `su`), in a
 * temp directory owned by it; as any other user it runs directly.
 *
 *   npx tsx scripts/throwaway-postgres.ts start        prints TEST_DATABASE_URL=… and THROWAWAY_POSTGRES_DIR=…
 *   npx tsx scripts/throwaway-postgres.ts stop <dir>   stops that cluster and removes its directory
 */
import { execFile } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ThrowawayPostgres {
  /** Superuser connection to the `postgres` database, e.g. postgres://zb@127.0.0.1:41234/postgres. */
  adminUrl: string;
  /** The temp directory: data/, log, the unix socket and state.json. */
  dir: string;
  stop(): Promise<void>;
}

interface State {
  adminUrl: string;
  port: number;
  binDir: string;
  /** Run as the postgres user (we were root). */
  asPostgres: boolean;
}

const STATE_FILE = 'state.json';
const SUPERUSER = 'zb';

/** The newest /usr/lib/postgresql/<version>/bin that has initdb and pg_ctl (PG_BIN_DIR overrides). */
function findBinDir(): string {
  const override = process.env.PG_BIN_DIR;
  if (override) {
    if (!existsSync(join(override, 'initdb'))) throw new Error(`PG_BIN_DIR=${override} has no initdb.`);
    return override;
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter(
          (name) =>
            existsSync(join(root, name, 'bin', 'initdb')) && existsSync(join(root, name, 'bin', 'pg_ctl')),
        )
        .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))
    : [];
  const newest = versions[0];
  if (newest === undefined) {
    throw new Error(
      "No PostgreSQL server binaries found in /usr/lib/postgresql/<version>/bin: install Debian's postgresql " +
        '(apt-get install postgresql), set PG_BIN_DIR to a directory holding initdb and pg_ctl, ' +
        'or set TEST_DATABASE_URL to a PostgreSQL superuser URL.',
    );
  }
  return join(root, newest, 'bin');
}

/** A port the OS says is free on 127.0.0.1 right now (another process could still take it: start() retries). */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (!address || typeof address === 'string') {
        server.close();
        reject(new Error('could not read the free port'));
        return;
      }
      server.close(() => resolvePort(address.port));
    });
  });
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

function shellQuote(arg: string): string {
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}

function exec(file: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolveRun, reject) => {
    execFile(file, args, { cwd, encoding: 'utf8', timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`${[file, ...args].join(' ')} failed: ${error.message}\n${stdout}${stderr}`.trim()));
      } else {
        resolveRun(stdout + stderr);
      }
    });
  });
}

/** Runs a PostgreSQL binary, as the postgres user when we are root (su keeps the environment, cwd is the temp dir). */
function runPg(state: Pick<State, 'binDir' | 'asPostgres'>, dir: string, program: string, args: string[]) {
  const file = join(state.binDir, program);
  if (!state.asPostgres) return exec(file, args, dir);
  const command = [file, ...args].map(shellQuote).join(' ');
  return exec('su', ['postgres', '-s', '/bin/sh', '-c', `cd ${shellQuote(dir)} && ${command}`], dir);
}

function ownerIds(user: string): { uid: number; gid: number } {
  // /etc/passwd is enough on Debian; no need for a native getpwnam.
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${user}:`));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined) {
    throw new Error(
      `Running as root, but there is no '${user}' user to run PostgreSQL as: install Debian's postgresql ` +
        '(it creates the user), or run as a normal user.',
    );
  }
  return { uid: Number(uid), gid: Number(gid) };
}

function logTail(dir: string): string {
  try {
    return readFileSync(join(dir, 'log'), 'utf8').split('\n').slice(-20).join('\n');
  } catch {
    return '(no log)';
  }
}

function readState(dir: string): State {
  return JSON.parse(readFileSync(join(dir, STATE_FILE), 'utf8')) as State;
}

/** Stops the cluster in `dir` (fast shutdown) and removes the directory. Only touches directories we made. */
export async function stopThrowawayPostgres(dir: string): Promise<void> {
  const absolute = resolve(dir);
  if (!existsSync(join(absolute, STATE_FILE))) {
    throw new Error(`${absolute} has no ${STATE_FILE}: not a throwaway cluster made by this script.`);
  }
  const state = readState(absolute);
  try {
    if (existsSync(join(absolute, 'data', 'postmaster.pid'))) {
      await runPg(state, absolute, 'pg_ctl', ['-D', join(absolute, 'data'), '-m', 'fast', '-w', 'stop']);
    }
  } finally {
    rmSync(absolute, { recursive: true, force: true });
  }
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const binDir = findBinDir();
  const asPostgres = isRoot();
  const owner = asPostgres ? ownerIds('postgres') : undefined;
  // Short prefix: the unix socket lives here and its path is limited to ~107 bytes.
  const dir = mkdtempSync(join(tmpdir(), 'zb-pg-'));
  try {
    chmodSync(dir, 0o700);
    if (owner) chownSync(dir, owner.uid, owner.gid);
    const data = join(dir, 'data');
    await runPg({ binDir, asPostgres }, dir, 'initdb', [
      '-D',
      data,
      '-A',
      'trust',
      '-U',
      SUPERUSER,
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);

    // The OS hands out a free port, but it may be taken again before postgres binds it: try a few.
    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const options = [
        `-p ${port}`,
        `-k ${dir}`,
        '-c listen_addresses=127.0.0.1',
        // Thrown away afterwards: durability buys nothing here, speed does.
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
      ].join(' ');
      try {
        await runPg({ binDir, asPostgres }, dir, 'pg_ctl', [
          '-D',
          data,
          '-o',
          options,
          '-l',
          join(dir, 'log'),
          '-w',
          '-t',
          '60',
          'start',
        ]);
        break;
      } catch (error) {
        if (attempt >= 3) {
          throw new Error(`${(error as Error).message}\nserver log:\n${logTail(dir)}`, { cause: error });
        }
      }
    }

    const adminUrl = `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`;
    const state: State = { adminUrl, port, binDir, asPostgres };
    writeFileSync(join(dir, STATE_FILE), `${JSON.stringify(state, null, 2)}\n`);
    let stopped: Promise<void> | undefined;
    return {
      adminUrl,
      dir,
      stop: () => (stopped ??= stopThrowawayPostgres(dir)),
    };
  } catch (error) {
    // Half-started: stop whatever runs, then remove the directory either way.
    if (existsSync(join(dir, 'data', 'postmaster.pid'))) {
      await runPg({ binDir, asPostgres }, dir, 'pg_ctl', [
        '-D',
        join(dir, 'data'),
        '-m',
        'immediate',
        'stop',
      ]).catch(() => undefined);
    }
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

async function main(args: string[]): Promise<void> {
  const [command, dir] = args;
  if (command === 'start') {
    const cluster = await startThrowawayPostgres();
    console.log(`TEST_DATABASE_URL=${cluster.adminUrl}`);
    console.log(`THROWAWAY_POSTGRES_DIR=${cluster.dir}`);
  } else if (command === 'stop' && dir) {
    await stopThrowawayPostgres(dir);
  } else {
    console.error('usage: npx tsx scripts/throwaway-postgres.ts start | stop <dir>');
    process.exitCode = 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
