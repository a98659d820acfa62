import { join } from 'node:path';
import type { DestinationStream } from 'pino';
import { createSettableClock, systemClock, type Clock, type SettableClock } from '../clock/clock';
import type { ServerConfig } from '../config/server-config';
import type { Database } from '../db/database';
import { lockDataDir, type DataDirLock } from '../db/data-dir-lock';
import { migrate } from '../db/migrate';
import { openPgliteDatabase } from '../db/pglite-database';
import { openPostgresDatabase } from '../db/postgres-database';
import { pruneSessions } from '../caseworker/sessions';
import { seedDemoCaseworker } from '../demo/demo-caseworker';
import { seedDemoExemptions } from '../demo/exemption-demo-seed';
import { createFaultSwitch, noFaults } from '../demo/fault-switch';
import { seedDemoProviderRegister } from '../demo/provider-register-seed';
import { createLogger } from '../logging/logger';
import { pruneProviderSessions } from '../providers/provider-sessions';
import { pruneRateLimits } from '../rate-limit/rate-limiter';
import { loadServerSecret } from '../secrets/server-secret';
import { releaseAllClaims } from '../submissions/submission-repository';
import { createBundleVerifier } from '../submissions/verify-bundle-pool';
import { buildApp, type DemoControls, type RegisteredEndpoint } from './build-app';
import type { ServerContext } from './server-context';

export type StartOptions = {
  /** Tests: where the JSON log lines go (default stdout). */
  logDestination?: DestinationStream;
  /** Tests in demo mode: a clock they move themselves. Production never takes one. */
  clock?: SettableClock;
};

export type RunningServer = {
  url: string;
  port: number;
  endpoints: RegisteredEndpoint[];
  /** Demo mode only. */
  demo: DemoControls | undefined;
  db: Database;
  /** Finishes requests in flight, refuses new ones, then closes the database and frees DATA_DIR. */
  close(): Promise<void>;
};

/** The configured database: PostgreSQL with DATABASE_URL, else PGlite in DATA_DIR under its lock. */
export async function openDatabase(
  config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>,
): Promise<{ db: Database; lock?: DataDirLock }> {
  if (config.databaseUrl) return { db: await openPostgresDatabase(config.databaseUrl) };
  const lock = lockDataDir(config.dataDir);
  try {
    return { db: await openPgliteDatabase(join(config.dataDir, 'pglite')), lock };
  } catch (error) {
    lock.release();
    throw error;
  }
}

export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const logger = createLogger(config.logLevel, options.logDestination);
  const { db, lock } = await openDatabase(config);
  try {
    const migrated = await migrate(db);
    if (migrated.applied.length > 0) logger.info({ applied: migrated.applied }, 'database migrated');
    if (db.kind === 'pglite') {
      const released = await releaseAllClaims(db);
      if (released > 0) logger.warn({ released }, 'released idempotency claims of a stopped process');
    }
  } catch (error) {
    await db.close();
    lock?.release();
    throw error;
  }
  const demo: DemoControls | undefined =
    config.mode === 'demo'
      ? { faults: createFaultSwitch(), clock: options.clock ?? createSettableClock() }
      : undefined;
  const clock: Clock = demo?.clock ?? systemClock;
  const secret = loadServerSecret(config.serverSecretHex, config.dataDir);
  // The demo's caseworker (README), IK register entries and — where no exemption status exists yet — people whose
  // status a provider can check (issue 15); a production start never creates them.
  if (config.mode === 'demo') {
    await (async () => {
      await seedDemoCaseworker(db, clock.now());
      await seedDemoProviderRegister(db);
      await seedDemoExemptions(db, secret, clock.now());
    })().catch(async (error: unknown) => {
      await db.close();
      lock?.release();
      throw error;
    });
  }
  const verifier = createBundleVerifier();
  const ctx: ServerContext = {
    config,
    db,
    clock,
    secret,
    verifier,
    faults: demo?.faults ?? noFaults,
    logger,
  };
  const { app, endpoints } = await buildApp(ctx, demo);
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const prune = setInterval(
    () => {
      void pruneRateLimits(db, clock.now()).catch(() => undefined);
      void pruneSessions(db, clock.now()).catch(() => undefined);
      void pruneProviderSessions(db, clock.now()).catch(() => undefined);
    },
    10 * 60 * 1000,
  );
  prune.unref();
  logger.info({ port, mode: config.mode, database: db.kind }, 'server listening');
  let closing: Promise<void> | undefined;
  return {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    port,
    endpoints,
    demo,
    db,
    close() {
      closing ??= (async () => {
        clearInterval(prune);
        // Keep-alive sockets that fall idle once their last request is answered are closed at once, not after
        // the keep-alive timeout: app.close() waits for every socket, and only closes those idle at its start.
        const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
        demo?.faults.endStalls();
        // Requests in flight get the grace period (an orchestrator's own, e.g. 30 s, should be longer); a client
        // that keeps a request half-sent or never reads its answer must not hold the stop for ever.
        const cutOff = setTimeout(() => {
          logger.warn(
            { graceMs: config.shutdownGraceMs },
            'grace period over: closing the connections still open',
          );
          app.server.closeAllConnections();
        }, config.shutdownGraceMs);
        try {
          await app.close();
        } finally {
          clearInterval(sweep);
          clearTimeout(cutOff);
        }
        await verifier.close();
        await db.close();
        lock?.release();
        logger.info('server stopped');
      })();
      return closing;
    },
  };
}
