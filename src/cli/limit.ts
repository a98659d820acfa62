import { readFileSync } from 'node:fs';
import process from 'node:process';
import { invocationDirectory } from './invocation-directory';
import { runLimitCli } from './run-limit-cli';

// `npm run --silent limit -- case.json` (limit-contract.md). Only process I/O lives here; the
// logic is in run-limit-cli.ts, where it is tested.
const outcome = runLimitCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  cwd: invocationDirectory(process.env, process.cwd()),
  language: process.env.LANG?.startsWith('de') === true ? 'de' : 'en',
});
if (outcome.stdout !== '') process.stdout.write(outcome.stdout);
if (outcome.stderr !== '') process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
