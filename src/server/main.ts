import { readServerConfig } from './config/server-config';
import { DataDirLockedError } from './db/data-dir-lock';
import { startServer } from './app/start-server';

/**
 * `npm start` / `npm run serve`: reads the environment, starts the server, and stops it gracefully on SIGTERM
 * or SIGINT (requests in flight finish, new ones are refused, the database is closed, DATA_DIR is freed).
 */
const result = readServerConfig(process.env, process.env.INIT_CWD ?? process.cwd());
if (!result.ok) {
  console.error('The server cannot start, its configuration has errors:');
  for (const error of result.errors) console.error(`  ${error}`);
  process.exit(2);
}

try {
  const server = await startServer(result.config);
  console.warn(`Zuzahlungsbefreiung online: ${server.url} (${result.config.mode}, ${server.db.kind})`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.warn(`${signal}: finishing requests in flight, then stopping`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
} catch (error) {
  if (error instanceof DataDirLockedError) {
    console.error(error.message);
    process.exit(3);
  }
  throw error;
}
