import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningServer } from '../../../src/server/app/start-server';
import { pgliteTemplateVariable } from '../../support/pglite-template';

// The insurer's real server (demo mode, PGlite) once per vitest worker, on a free port with a database of its
// own: its demo fault switch (/api/__mock/control) and its list of submissions are state, and a plan of failures
// one file makes must never hit the requests of a file running beside it in the other worker. The files of one
// worker run one after the other, and each resets the switch where it uses it (submission.e2e.test.ts). Started
// on first use, so a worker that runs no file against the server starts none; stopped by the worker's
// environment (worker-environment.ts).

const slot = Symbol.for('zuzahlungsbefreiung.e2e.workerServer');

type Entry = { starting: Promise<RunningServer>; dataDir: string };
type Holder = { [slot]?: Entry | undefined };

const holder = globalThis as Holder;

/** The run's directory from global-setup.ts, removed after the run whatever a worker left in it. */
export const e2eRunDirVariable = 'ZB_E2E_RUN_DIR' as const;

function freshWorkerDataDir(): string {
  const dir = mkdtempSync(join(process.env[e2eRunDirVariable] ?? tmpdir(), 'zb-e2e-server-'));
  const template = process.env[pgliteTemplateVariable];
  if (template && existsSync(join(template, 'pglite'))) {
    cpSync(join(template, 'pglite'), join(dir, 'pglite'), { recursive: true });
  }
  return dir;
}

/** The base URL of this worker's insurer server. */
export async function workerServerUrl(): Promise<string> {
  if (!holder[slot]) {
    // A fresh PGlite directory per worker and run (a copy of the cluster global-setup.ts initialised): no
    // submission of an earlier run or of another worker is ever seen.
    const dataDir = freshWorkerDataDir();
    // Imported here, not at the top: the worker's environment loads this module for its teardown only, and
    // need not load the whole server for that.
    const starting = import('./insurer-server').then(({ startInsurerServer }) => startInsurerServer(dataDir));
    const entry: Entry = { dataDir, starting };
    entry.starting.catch(() => {
      if (holder[slot] === entry) holder[slot] = undefined;
      rmSync(dataDir, { recursive: true, force: true });
    });
    holder[slot] = entry;
  }
  return (await holder[slot]!.starting).url;
}

/** Stops this worker's server, if it started one, and removes its database. */
export async function closeWorkerServer(): Promise<void> {
  const entry = holder[slot];
  holder[slot] = undefined;
  if (!entry) return;
  try {
    const server = await entry.starting.catch(() => undefined);
    await server?.close();
  } finally {
    rmSync(entry.dataDir, { recursive: true, force: true });
  }
}
