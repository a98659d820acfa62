import { isAbsolute, resolve } from 'node:path';
import { openDatabase } from '../app/start-server';
import { DataDirLockedError } from '../db/data-dir-lock';
import { migrate } from '../db/migrate';
import { runAdminCommand } from './caseworker-admin';
import { runProviderCommand } from './provider-admin';
import { readPassword } from './read-password';
import { runRetentionCommand } from './retention-admin';

/**
 * `npm run --silent admin -- caseworker …`, `… retention …` and `… provider …`: the administrator's commands on the
 * server's database, configured like the server (DATABASE_URL, or PGlite in DATA_DIR — then with the server
 * stopped, since PGlite has one owner).
 */
const cwd = process.env.INIT_CWD ?? process.cwd();
const dataDir = process.env.DATA_DIR || './data';
const databaseUrl = process.env.DATABASE_URL || undefined;

try {
  const { db, lock } = await openDatabase({
    databaseUrl,
    dataDir: isAbsolute(dataDir) ? dataDir : resolve(cwd, dataDir),
  });
  try {
    await migrate(db);
    const args = process.argv.slice(2);
    const command =
      args[0] === 'retention'
        ? runRetentionCommand
        : args[0] === 'provider'
          ? runProviderCommand
          : runAdminCommand;
    process.exitCode = await command(db, args, {
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
      readPassword,
      now: () => new Date(),
    });
  } finally {
    await db.close();
    lock?.release();
  }
} catch (error) {
  if (error instanceof DataDirLockedError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 3;
  } else {
    throw error;
  }
}
