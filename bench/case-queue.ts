import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { caseworkerSessionCookie } from '../src/api/contracts/caseworker-auth';
import { caseQueuePath } from '../src/api/contracts/caseworker-queue';
import { createCaseworker } from '../src/server/caseworker/caseworker-repository';
import { hashPassword } from '../src/server/caseworker/password';
import { createSession } from '../src/server/caseworker/sessions';
import type { Database } from '../src/server/db/database';
import { migrate } from '../src/server/db/migrate';
import { seedQueueRows, seededQueueRow } from '../tests/support/queue-rows';
import { onEachDatabase } from './each-database';
import { spawnServer, type ServerProcess } from './server-load';

// Issue 13, deliverable 3: the caseworker queue's response time with 10,000 applications, on the server as its
// own process (demo mode, as bench/server-load.ts starts it), on PGlite and — when TEST_DATABASE_URL or
// DATABASE_URL names a cluster — on a fresh database there. The rows are written in SQL before the server starts
// (PGlite has one owner); 200 requests one after another, mixing the queries a caseworker makes. Printed, never
// asserted.

const plan = { applications: 10_000, warmUp: 20, requests: 200, requestTimeoutMs: 30_000 };

const sample = seededQueueRow(4321);
const queries: Record<string, string>[] = [
  {},
  { sort: 'claimed', order: 'asc' },
  { year: '2026', status: 'eingegangen' },
  { flag: 'limitReached', sort: 'householdSize', order: 'desc', pageSize: '100' },
  { page: '300', pageSize: '25' },
  { assigned: 'open', sort: 'year', order: 'asc', page: '40' },
  { q: sample.reference.toLowerCase() },
  { q: sample.applicationId },
];

/** Seeds the rows and a caseworker with a session on `db`, then closes it; returns the session cookie. */
async function prepare(db: Database): Promise<string> {
  try {
    await migrate(db);
    await seedQueueRows(db, plan.applications);
    const caseworker = await createCaseworker(db, {
      username: 'bench-queue',
      displayName: 'Bench Queue',
      password: await hashPassword('bench queue password 1234'),
      totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
      now: new Date(),
    });
    const { sessionId } = await createSession(db, caseworker, new Date(), {
      idleMs: 60 * 60_000,
      absoluteMs: 2 * 60 * 60_000,
    });
    return `${caseworkerSessionCookie}=${sessionId}`;
  } finally {
    await db.close();
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

async function measure(server: ServerProcess, cookie: string) {
  const ask = async (index: number) => {
    const query = new URLSearchParams(queries[index % queries.length]);
    const started = performance.now();
    const response = await fetch(`${server.url}${caseQueuePath}?${query}`, {
      headers: { Cookie: cookie },
      signal: AbortSignal.timeout(plan.requestTimeoutMs),
    });
    const body = (await response.json()) as { total?: number };
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`the queue answered ${response.status}`);
    return { ms, total: body.total ?? 0 };
  };
  for (let i = 0; i < plan.warmUp; i++) await ask(i);
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < plan.requests; i++) {
    const answer = await ask(i);
    times.push(answer.ms);
    if (i % queries.length === 0) total = answer.total;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1) ?? Number.NaN, total };
}

async function runAgainst(label: string, open: () => Promise<Database>, env: Record<string, string>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'zb-bench-queue-'));
  let server: ServerProcess | undefined;
  try {
    const seeding = performance.now();
    const cookie = await prepare(await open());
    const seeded = (performance.now() - seeding) / 1000;
    server = await spawnServer({ DATA_DIR: dataDir, ...env });
    const result = await measure(server, cookie);
    console.log(
      `  ${label}: ${plan.requests} queue requests one after another (${queries.length} kinds: default page, sorts, filters, page 300, search) over ${result.total.toLocaleString('en')} applications: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, max ${result.max.toFixed(1)} ms (rows seeded in ${seeded.toFixed(1)} s)`,
    );
  } catch (error) {
    console.log(`  ${label} FAILED: ${(error as Error).message}`);
    if (server) console.log(server.tail().split('\n').slice(-15).join('\n'));
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchCaseQueue(): Promise<void> {
  console.log(`Caseworker queue (issue 13) with ${plan.applications.toLocaleString('en')} applications`);
  await onEachDatabase('zb-bench-queue', runAgainst);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await benchCaseQueue();
}
