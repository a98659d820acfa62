import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { generousLimits } from './test-server';

/* Tests only: the server as its own process (`node --import tsx src/server/main.ts`), to kill, restart and race. */

const projectRoot = join(import.meta.dirname, '../..');

export type ServerProcess = {
  child: ChildProcess;
  pid: number;
  url: string;
  /** Everything the process wrote to stdout (its JSON log) and stderr. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process ended. */
  exited: Promise<number | string>;
};

export function spawnServer(
  env: Record<string, string>,
  options: { timeoutMs?: number } = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      TZ: 'Europe/Berlin',
      APP_MODE: 'demo',
      PORT: '0',
      HOST: '127.0.0.1',
      STATIC_DIR: join(projectRoot, 'no-app-in-this-test'),
      ...generousLimits,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The server did not start in time:\n${output}`));
    }, options.timeoutMs ?? 60_000);
    const onData = () => {
      const match = /Zuzahlungsbefreiung online: (http:\/\/[^\s]+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stderr.off('data', onData);
      resolve({ child, pid: child.pid ?? 0, url: match[1], output: () => output, exited });
    };
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code}) before it listened:\n${output}`));
    });
  });
}

/** Starts a process that is expected to fail at start; resolves with its exit code and output. */
export function runServerToExit(
  env: Record<string, string>,
): Promise<{ code: number | string; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? signal ?? 'unknown', output });
    });
  });
}
