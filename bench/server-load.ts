import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { startThrowawayPostgres } from '../scripts/throwaway-postgres';
import { exampleApplication } from '../tests/support/application-bundle';
import type { BundleJob } from './bundle-maker.worker';

// Issue 9: the insurer's server under load, as its own process (`node --import tsx src/server/main.ts`, demo mode,
// rate limits out of the way), once on PGlite and once on PostgreSQL. Requests go to 127.0.0.1 only and every loop
// is bounded in count and time. The bench prints figures against the budgets and never fails on a miss.

const projectRoot = resolve(import.meta.dirname, '..');

const budgets = { statusP95Ms: 20, statusRate: 200, submissionP95Ms: 500, submissionClients: 20 };

const plan = {
  submissions: 200,
  submissionBytes: 1_000_000,
  clients: budgets.submissionClients,
  /** Open loop: one lookup every 5 ms for 10 s. */
  statusIntervalMs: 1000 / budgets.statusRate,
  statusCount: 2000,
  uploads: 50,
  uploadBytes: 2_000_000,
  /** Hard bounds, whatever the server does. */
  phaseDeadlineMs: 90_000,
  requestTimeoutMs: 60_000,
};

const year = String(exampleApplication().year);

// ---------------------------------------------------------------------------------------------------------------
// Bundles: distinct and valid (the server verifies each like `bundle verify`), built before any timing.

type Bundles = { small: Uint8Array[]; large: Uint8Array[] };

/** Application ids in the documented form (ZBA- and 12 hex digits), unique across the whole bench. */
const applicationId = (n: number) => `ZBA-${n.toString(16).toUpperCase().padStart(12, '0')}`;

/**
 * The worker is TypeScript: a small script loads it through tsx's API (an `--import tsx` in the worker's execArgv
 * does not take under the tsx CLI that runs the bench).
 */
const workerBootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) =>
  tsx.tsImport(${JSON.stringify(new URL('./bundle-maker.worker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}));`;

async function buildBundles(): Promise<Bundles> {
  const jobs: BundleJob[] = [
    ...Array.from({ length: plan.submissions }, (_, i) => ({
      index: i,
      applicationId: applicationId(0xb1000000 + i),
      minBytes: plan.submissionBytes,
      seed: i + 1,
    })),
    ...Array.from({ length: plan.uploads }, (_, i) => ({
      index: plan.submissions + i,
      applicationId: applicationId(0xb2000000 + i),
      minBytes: plan.uploadBytes,
      seed: 10_000 + i,
    })),
  ];
  const threads = Math.max(1, Math.min(2, availableParallelism()));
  const built: Uint8Array[] = new Array<Uint8Array>(jobs.length);
  await Promise.all(
    Array.from({ length: threads }, (_, thread) => {
      const share = jobs.filter((_, i) => i % threads === thread);
      return new Promise<void>((resolveShare, reject) => {
        const worker = new Worker(workerBootstrap, { eval: true, workerData: { jobs: share } });
        worker.on('message', ({ index, bytes }: { index: number; bytes: Uint8Array }) => {
          built[index] = bytes;
        });
        worker.on('error', reject);
        worker.on('exit', (code) =>
          code === 0 ? resolveShare() : reject(new Error(`bundle worker exited with ${code}`)),
        );
      });
    }),
  );
  if (built.some((bytes) => bytes === undefined)) throw new Error('a bundle was not built');
  return { small: built.slice(0, plan.submissions), large: built.slice(plan.submissions) };
}

// ---------------------------------------------------------------------------------------------------------------
// The server process.

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export type ServerProcess = {
  child: ChildProcess;
  pid: number;
  url: string;
  tail(): string;
  stop(): Promise<void>;
};

export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      TZ: 'Europe/Berlin',
      APP_MODE: 'demo',
      PORT: String(port),
      HOST: '127.0.0.1',
      STATIC_DIR: join(projectRoot, 'dist'),
      // As in production: one JSON line per request (drained below).
      LOG_LEVEL: 'info',
      RATE_LIMIT_STATUS_PER_MINUTE: '10000000',
      RATE_LIMIT_FAILED_STATUS_PER_15_MINUTES: '10000000',
      RATE_LIMIT_SUBMISSIONS_PER_HOUR: '10000000',
      RATE_LIMIT_FEEDBACK_PER_HOUR: '10000000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Only the end of the output is kept, for a message if something goes wrong.
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-16_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolveExit) => child.on('exit', () => resolveExit()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start in 60 s:\n${output}`)), 60_000);
    const onData = () => {
      const match = /Zuzahlungsbefreiung online: (http:\/\/\S+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stderr?.off('data', onData);
      resolveUrl(match[1]);
    };
    child.stderr?.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`The server exited before it listened:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited;
    throw error;
  });
  return {
    child,
    pid: child.pid ?? 0,
    url,
    tail: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** kB figures of /proc/<pid>/status (VmRSS, VmHWM), in MiB. */
function procMemory(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) =>
    Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
  return { rss: field('VmRSS'), hwm: field('VmHWM') };
}

// ---------------------------------------------------------------------------------------------------------------
// Measurements.

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

type Receipt = { reference: string; abrufcode: string };

function submit(url: string, bundle: Uint8Array): Promise<Response> {
  return fetch(`${url}/api/v1/submissions`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/zip',
      'X-Application-Year': year,
      'Idempotency-Key': randomUUID(),
    },
    body: bundle as Uint8Array<ArrayBuffer>,
    signal: AbortSignal.timeout(plan.requestTimeoutMs),
  });
}

type Outcome = { latencyMs: number; status: number; receipt?: Receipt };

async function timedSubmit(url: string, bundle: Uint8Array): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await submit(url, bundle);
    const body = (await response.json()) as Partial<Receipt>;
    const latencyMs = performance.now() - started;
    return response.status === 201 && body.reference && body.abrufcode
      ? { latencyMs, status: 201, receipt: { reference: body.reference, abrufcode: body.abrufcode } }
      : { latencyMs, status: response.status };
  } catch {
    return { latencyMs: performance.now() - started, status: 0 };
  }
}

/** (a) A fixed count of distinct ~1 MB bundles through `clients` concurrent clients (closed loop). */
async function submissionThroughput(url: string, bundles: Uint8Array[]) {
  const outcomes: Outcome[] = [];
  const deadline = performance.now() + plan.phaseDeadlineMs;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: plan.clients }, async () => {
      while (next < bundles.length && performance.now() < deadline) {
        const bundle = bundles[next++]!;
        outcomes.push(await timedSubmit(url, bundle));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const ok = outcomes.filter((outcome) => outcome.status === 201);
  return {
    sent: outcomes.length,
    ok: ok.length,
    failed: outcomes.length - ok.length,
    perSecond: ok.length / seconds,
    p50: percentile(
      ok.map((o) => o.latencyMs),
      50,
    ),
    p95: percentile(
      ok.map((o) => o.latencyMs),
      95,
    ),
    receipts: ok.map((o) => o.receipt!),
  };
}

/** (b) Status lookups with the right Abrufcode, scheduled every 5 ms whatever the answers do (open loop). */
async function statusLookups(url: string, receipts: Receipt[]) {
  if (receipts.length === 0) throw new Error('no submissions to look up');
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const pending: Promise<void>[] = [];
  const started = performance.now();
  let late = 0;
  for (let i = 0; i < plan.statusCount; i++) {
    const at = started + i * plan.statusIntervalMs;
    const wait = at - performance.now();
    if (wait > 1) await sleep(wait);
    else if (wait < -plan.statusIntervalMs) late += 1;
    if (performance.now() - started > plan.phaseDeadlineMs) break;
    const receipt = receipts[i % receipts.length]!;
    const sent = performance.now();
    pending.push(
      fetch(`${url}/api/v1/submissions/${receipt.reference}`, {
        headers: { 'X-Abrufcode': receipt.abrufcode },
        signal: AbortSignal.timeout(plan.requestTimeoutMs),
      }).then(
        async (response) => {
          await response.arrayBuffer();
          if (response.status === 200) latencies.push(performance.now() - sent);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        },
        () => void statuses.set(0, (statuses.get(0) ?? 0) + 1),
      ),
    );
  }
  const scheduledSeconds = (performance.now() - started) / 1000;
  await Promise.all(pending);
  const seconds = (performance.now() - started) / 1000;
  return {
    sent: pending.length,
    ok: latencies.length,
    statuses,
    offeredPerSecond: pending.length / scheduledSeconds,
    answeredPerSecond: latencies.length / seconds,
    late,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
  };
}

/** (c) 50 distinct 2 MB bundles at once: the server's peak memory, and that each got its own reference. */
async function uploadMemory(server: ServerProcess, bundles: Uint8Array[]) {
  // Writing 5 to clear_refs resets VmHWM (Linux ≥ 4.0), so the peak is this phase's, not the start's.
  let hwmReset = true;
  try {
    writeFileSync(`/proc/${server.pid}/clear_refs`, '5');
  } catch {
    hwmReset = false;
  }
  const before = procMemory(server.pid);
  let sampledPeak = before.rss;
  const sampler = setInterval(() => {
    try {
      sampledPeak = Math.max(sampledPeak, procMemory(server.pid).rss);
    } catch {
      // The process ended; the outcomes below say so.
    }
  }, 10);
  const started = performance.now();
  const outcomes = await Promise.all(bundles.map((bundle) => timedSubmit(server.url, bundle)));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const after = procMemory(server.pid);
  const references = new Set(
    outcomes.flatMap((outcome) => (outcome.receipt ? [outcome.receipt.reference] : [])),
  );
  return {
    ok: outcomes.filter((outcome) => outcome.status === 201).length,
    distinct: references.size,
    seconds,
    rssBefore: before.rss,
    sampledPeak: Math.max(sampledPeak, after.rss),
    hwm: after.hwm,
    hwmReset,
  };
}

// ---------------------------------------------------------------------------------------------------------------

const ms = (value: number) => `${value.toFixed(1)} ms`;
const mib = (value: number) => `${value.toFixed(0)} MiB`;
const verdict = (value: number, budget: number) =>
  Number.isFinite(value) && value <= budget ? 'within budget' : '*** OVER BUDGET ***';

async function runAgainst(label: string, env: Record<string, string>, bundles: Bundles): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zb-bench-server-'));
  let server: ServerProcess | undefined;
  try {
    const starting = performance.now();
    server = await spawnServer({ DATA_DIR: dataDir, ...env });
    console.log(
      `Server on ${label} (child process ${server.pid}, started in ${((performance.now() - starting) / 1000).toFixed(1)} s)`,
    );

    const a = await submissionThroughput(server.url, bundles.small);
    console.log(
      `  (a) ${a.ok} of ${plan.submissions} distinct ${(plan.submissionBytes / 1e6).toFixed(0)} MB submissions, ${plan.clients} concurrent clients: ${a.perSecond.toFixed(1)} submissions/s, p50 ${ms(a.p50)}, p95 ${ms(a.p95)} (budget p95 ≤ ${budgets.submissionP95Ms} ms: ${verdict(a.p95, budgets.submissionP95Ms)})${a.failed > 0 ? `; ${a.failed} FAILED` : ''}`,
    );

    const b = await statusLookups(server.url, a.receipts);
    const others = [...b.statuses].filter(([status]) => status !== 200);
    console.log(
      `  (b) status lookups, open loop at ${budgets.statusRate}/s for ${((plan.statusCount * plan.statusIntervalMs) / 1000).toFixed(0)} s: offered ${b.offeredPerSecond.toFixed(0)}/s, answered ${b.answeredPerSecond.toFixed(0)}/s (${b.ok} of ${b.sent} with 200), p50 ${ms(b.p50)}, p95 ${ms(b.p95)} (budget p95 ≤ ${budgets.statusP95Ms} ms: ${verdict(b.p95, budgets.statusP95Ms)})${others.length > 0 ? `; other answers ${others.map(([status, count]) => `${status === 0 ? 'no answer' : status}×${count}`).join(', ')}` : ''}${b.late > 0 ? `; the client sent ${b.late} requests more than 5 ms late` : ''}`,
    );

    const c = await uploadMemory(server, bundles.large);
    console.log(
      `  (c) ${plan.uploads} concurrent distinct ${(plan.uploadBytes / 1e6).toFixed(0)} MB uploads in ${c.seconds.toFixed(1)} s: ${c.ok} accepted, ${c.distinct} distinct references${c.distinct === plan.uploads ? '' : ' (*** NOT ALL DISTINCT ***)'}; server peak memory VmHWM ${mib(c.hwm)}${c.hwmReset ? '' : ' (since start: clear_refs not writable)'}, sampled RSS peak ${mib(c.sampledPeak)} (RSS before ${mib(c.rssBefore)})`,
    );
  } catch (error) {
    console.log(`  Server on ${label} FAILED: ${(error as Error).message}`);
    if (server) console.log(server.tail().split('\n').slice(-15).join('\n'));
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A fresh database on the cluster of `adminUrl`; drop() ends its connections and removes it. */
export async function freshDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `zb_bench_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string, params: unknown[] = []) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql, params);
    } finally {
      await client.end();
    }
  };
  // The name is generated here, never taken from input.
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      await admin(`DROP DATABASE IF EXISTS "${name}"`);
    },
  };
}

export async function benchServerLoad(): Promise<void> {
  if (!existsSync(join(projectRoot, 'dist', 'index.html'))) throw new Error('dist is missing: npm run build');
  const building = performance.now();
  const bundles = await buildBundles();
  console.log(
    `Server load (issue 9): ${bundles.small.length} + ${bundles.large.length} distinct valid bundles built in ${((performance.now() - building) / 1000).toFixed(1)} s`,
  );

  await runAgainst('PGlite (fresh DATA_DIR)', {}, bundles);

  const given = process.env.TEST_DATABASE_URL;
  let cluster: Awaited<ReturnType<typeof startThrowawayPostgres>> | undefined;
  try {
    if (!given) cluster = await startThrowawayPostgres();
    const adminUrl = given ?? cluster!.adminUrl;
    const database = await freshDatabase(adminUrl);
    try {
      await runAgainst(
        `PostgreSQL (${given ? 'TEST_DATABASE_URL' : 'throwaway cluster'}, fresh database)`,
        { DATABASE_URL: database.url },
        bundles,
      );
    } finally {
      await database.drop();
    }
  } catch (error) {
    console.log(`Server on PostgreSQL FAILED: ${(error as Error).message}`);
  } finally {
    await cluster?.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await benchServerLoad();
}
