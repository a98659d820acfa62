import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createSettableClock, type SettableClock } from '../../src/server/clock/clock';
import { readServerConfig, type ServerConfig } from '../../src/server/config/server-config';
import { startServer, type RunningServer } from '../../src/server/app/start-server';
import { freshDataDir } from './pglite-template';
import { createTestDatabase } from './postgres';

/* Tests only: a real server on a free port, on PGlite in a fresh directory or on a fresh PostgreSQL database. */

export type TestDatabase = 'pglite' | 'postgres';

export type TestServer = RunningServer & {
  config: ServerConfig;
  /** Every JSON log line the server wrote, as text. */
  logText(): string;
  clock: SettableClock | undefined;
  stop(): Promise<void>;
};

export type TestServerOptions = {
  database: TestDatabase;
  mode?: 'production' | 'demo';
  env?: Record<string, string>;
  /** Reuse a data directory or database (restarts); otherwise a fresh one is made and removed on stop. */
  dataDir?: string;
  databaseUrl?: string;
};

export const productionInsurerEnv = {
  INSURER_NAME: 'Testkasse',
  INSURER_PHONE: '0800 111 11 11',
  INSURER_PHONE_HOURS_DE: 'Montag bis Freitag, 8 bis 18 Uhr',
  INSURER_PHONE_HOURS_EN: 'Monday to Friday, 8 am to 6 pm',
  INSURER_EMAIL: 'service@example.org',
  INSURER_POSTAL_ADDRESS: 'Testkasse|Postfach 1|01000 Dresden',
  INSURER_IBAN: 'DE89370400440532013000',
  INSURER_BIC: 'COBADEFFXXX',
  INSURER_ACCOUNT_HOLDER: 'Testkasse',
  INSURER_CREDITOR_ID: 'DE98ZZZ09999999999',
};

/** Limits high enough that a test's own traffic never meets them; rate-limit tests set their own. */
export const generousLimits = {
  RATE_LIMIT_STATUS_PER_MINUTE: '100000',
  RATE_LIMIT_FAILED_STATUS_PER_15_MINUTES: '100000',
  RATE_LIMIT_SUBMISSIONS_PER_HOUR: '100000',
  RATE_LIMIT_FEEDBACK_PER_HOUR: '100000',
};

export async function startTestServer(options: TestServerOptions): Promise<TestServer> {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? freshDataDir();
  const database =
    options.database === 'postgres' && options.databaseUrl === undefined
      ? await createTestDatabase()
      : undefined;
  const databaseUrl = options.database === 'postgres' ? (options.databaseUrl ?? database?.url) : undefined;
  const mode = options.mode ?? 'demo';
  const result = readServerConfig(
    {
      APP_MODE: mode,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      STATIC_DIR: join(dataDir, 'no-app'),
      LOG_LEVEL: 'info',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      ...(mode === 'production' ? productionInsurerEnv : {}),
      ...generousLimits,
      // A test's server stops after its tests: a connection a test left half-open (an aborted upload) need not
      // hold it for the production grace period.
      SHUTDOWN_GRACE_SECONDS: '2',
      ...options.env,
    },
    process.cwd(),
  );
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const lines: string[] = [];
  const logDestination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  const clock = mode === 'demo' ? createSettableClock() : undefined;
  const server = await startServer(result.config, { logDestination, ...(clock ? { clock } : {}) });
  return {
    ...server,
    config: result.config,
    clock,
    logText: () => lines.join(''),
    async stop() {
      await server.close();
      await database?.drop();
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
