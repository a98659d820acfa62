import { readFileSync } from 'node:fs';
import process from 'node:process';
import { invocationDirectory } from './invocation-directory';
import { runBundleCli } from './run-bundle-cli';

// `npm run --silent bundle -- verify bundle.zip`: the caseworkers' reader from the command line. Only process
// I/O lives here; the logic is in run-bundle-cli.ts, where it is tested.
const outcome = runBundleCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path),
  cwd: invocationDirectory(process.env, process.cwd()),
  language: process.env.LANG?.startsWith('de') === true ? 'de' : 'en',
});
if (outcome.stdout !== '') process.stdout.write(outcome.stdout);
if (outcome.stderr !== '') process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
