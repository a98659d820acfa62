import type { Logger } from 'pino';
import type { Clock } from '../clock/clock';
import type { ServerConfig } from '../config/server-config';
import type { Database } from '../db/database';
import type { FaultSwitch } from '../demo/fault-switch';
import type { BundleVerifier } from '../submissions/verify-bundle-pool';

/** What every route group gets: no globals, so tests build servers with their own clock, database and faults. */
export type ServerContext = {
  config: ServerConfig;
  db: Database;
  clock: Clock;
  /** Key of the server's HMACs (Abrufcodes, client pseudonyms). */
  secret: Buffer;
  verifier: BundleVerifier;
  faults: FaultSwitch;
  logger: Logger;
};
