import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../../src/server/app/start-server';
import { readServerConfig } from '../../../src/server/config/server-config';

const projectRoot = join(import.meta.dirname, '../../..');

/** Limits far above what the browser tests send, so no journey ever meets a 429. */
const generousLimits = {
  RATE_LIMIT_STATUS_PER_MINUTE: '100000',
  RATE_LIMIT_FAILED_STATUS_PER_15_MINUTES: '100000',
  RATE_LIMIT_SUBMISSIONS_PER_HOUR: '100000',
  RATE_LIMIT_FEEDBACK_PER_HOUR: '100000',
};

/**
 * The insurer's real server in demo mode (its fault switch and demo routes on) on PGlite in `dataDir`, serving
 * the production build from dist/ on 127.0.0.1. `port` 0 takes a free one; a restart passes the port it had.
 */
export async function startInsurerServer(dataDir: string, port = 0): Promise<RunningServer> {
  const staticDir = join(projectRoot, 'dist');
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error('dist is missing: run the builds first (npm run test:e2e does).');
  }
  const result = readServerConfig(
    {
      APP_MODE: 'demo',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      STATIC_DIR: staticDir,
      // Its request lines would drown the test output; warnings and errors still show.
      LOG_LEVEL: 'warn',
      ...generousLimits,
    },
    projectRoot,
  );
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return startServer(result.config);
}
