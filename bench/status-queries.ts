import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  providerApiKeyPrefix,
  providerStatusQueryPath,
  statusAnswerSchema,
  type StatusQueryRequest,
} from '../src/api/contracts/provider-check';
import { kvnrCheckDigit } from '../src/domain/identifiers/kvnr';
import { ikCheckDigit } from '../src/domain/identifiers/ik';
import type { Database } from '../src/server/db/database';
import { migrate } from '../src/server/db/migrate';
import { kvnrHmac } from '../src/server/submissions/advance-payment-repository';
import { seedQueueRows } from '../tests/support/queue-rows';
import { onEachDatabase } from './each-database';
import { spawnServer, type ServerProcess } from './server-load';

// Issue 15: status queries per second and their p95 latency, on the server as its own process (demo mode, as
// bench/server-load.ts starts it), on PGlite and — when TEST_DATABASE_URL or DATABASE_URL names a cluster — on a
// fresh database there. 10,000 insured people with an exemption status are written in SQL before the server starts
// (PGlite has one owner); a pharmacy's software then asks with its API key, a few clients at once, a mix of exempt
// people, people with another birth date and KVNRs nobody has. The daily limit and burst limit are raised for the
// run (they are rows in provider_check_settings, as an operator would change them). Printed, never asserted.

const plan = { people: 10_000, warmUp: 50, queries: 2_000, clients: 4, requestTimeoutMs: 30_000 };

const secretHex = randomBytes(32).toString('hex');
const secret = Buffer.from(secretHex, 'hex');
const ik = (() => {
  const eight = '30999001';
  return `${eight}${ikCheckDigit(eight)}`;
})();
const kvnrOf = (i: number) => {
  const body = `B${String(10_000_000 + i).slice(-8)}`;
  return `${body}${kvnrCheckDigit(body)}`;
};
const birthDateOf = (i: number) =>
  `19${String(30 + (i % 60)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;

/** Seeds people, a provider with an API key and generous limits on `db`, then closes it; returns the key. */
async function prepare(db: Database, year: number): Promise<string> {
  try {
    await migrate(db);
    const rows = await seedQueueRows(db, plan.people);
    const references = rows.map((row) => row.reference);
    const kvnrs = references.map((_, i) => kvnrOf(i));
    await db.query(
      `INSERT INTO exemption_statuses (reference, member_id, given_name, family_name, kvnr, kvnr_hmac, birth_date,
         status, gueltig_ab, gueltig_bis)
       SELECT r, 'm1', 'Bench', 'Person', k, h, b::date, true, $5::date, $6::date
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(r, k, h, b)`,
      [
        references,
        kvnrs,
        kvnrs.map((kvnr) => kvnrHmac(secret, kvnr)),
        references.map((_, i) => birthDateOf(i)),
        `${year}-01-01`,
        `${year}-12-31`,
      ],
    );
    await db.query(`INSERT INTO provider_register (ik, name, address_lines) VALUES ($1, $2, $3)`, [
      ik,
      'Bench-Apotheke',
      JSON.stringify(['Benchstraße 1', '01067 Dresden']),
    ]);
    await db.query(
      `INSERT INTO provider_accounts (ik, password_hash, password_salt, scrypt_n, scrypt_r, scrypt_p, created_at,
         activated_at, last_login_at)
       VALUES ($1, 'unusable', 'unusable', 2, 1, 1, now(), now(), now())`,
      [ik],
    );
    const key = `${providerApiKeyPrefix}${randomBytes(32).toString('base64url')}`;
    await db.query(
      `INSERT INTO provider_api_keys (id, ik, label, secret_sha256, created_at) VALUES ($1, $2, 'Bench', $3, now())`,
      [randomUUID(), ik, createHash('sha256').update(key).digest('hex')],
    );
    await db.query(
      'UPDATE provider_check_settings SET daily_quota = 100000000, burst_limit = 100000000, burst_window_seconds = 60',
    );
    return key;
  } finally {
    await db.close();
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/** Query i: in turn an exempt person, the same with a wrong birth date, and a KVNR nobody has. */
function queryOf(i: number, serviceDate: string): StatusQueryRequest {
  const person = (i * 7919) % plan.people;
  const kind = i % 3;
  return {
    kvnr: kind === 2 ? kvnrOf(plan.people + person) : kvnrOf(person),
    birthDate: kind === 1 ? '1901-01-01' : birthDateOf(person),
    consent: 'cardPresented',
    serviceDate,
  };
}

async function measure(server: ServerProcess, key: string, serviceDate: string) {
  const ask = async (i: number) => {
    const started = performance.now();
    const response = await fetch(`${server.url}${providerStatusQueryPath}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(queryOf(i, serviceDate)),
      signal: AbortSignal.timeout(plan.requestTimeoutMs),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`the status query answered ${response.status}: ${text}`);
    return { ms, exempt: statusAnswerSchema.parse(JSON.parse(text)).status === 'befreit' };
  };
  for (let i = 0; i < plan.warmUp; i++) await ask(i);
  const times: number[] = [];
  let exempt = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: plan.clients }, async () => {
      while (next < plan.queries) {
        const answer = await ask(next++);
        times.push(answer.ms);
        if (answer.exempt) exempt += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    perSecond: plan.queries / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.at(-1) ?? Number.NaN,
    exempt,
  };
}

async function runAgainst(label: string, open: () => Promise<Database>, env: Record<string, string>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'zb-bench-status-'));
  let server: ServerProcess | undefined;
  try {
    const today = new Date();
    const key = await prepare(await open(), today.getFullYear());
    server = await spawnServer({ DATA_DIR: dataDir, SERVER_SECRET: secretHex, ...env });
    const result = await measure(server, key, today.toISOString().slice(0, 10));
    console.log(
      `  ${label}: ${plan.queries.toLocaleString('en')} queries by API key, ${plan.clients} clients at once, over ${plan.people.toLocaleString('en')} exempt people (${result.exempt} answered befreit): ${result.perSecond.toFixed(0)} queries/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, max ${result.max.toFixed(1)} ms`,
    );
  } catch (error) {
    console.log(`  ${label} FAILED: ${(error as Error).message}`);
    if (server) console.log(server.tail().split('\n').slice(-15).join('\n'));
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchStatusQueries(): Promise<void> {
  console.log('Provider status queries (issue 15)');
  await onEachDatabase('zb-bench-status', runAgainst);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await benchStatusQueries();
}
