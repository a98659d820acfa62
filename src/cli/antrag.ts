import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { invocationDirectory } from './invocation-directory';
import { runAntragCli } from './run-antrag-cli';

// `npm run --silent antrag -- application.json -o antrag.pdf [--lang en]`: the Antrag PDF from an application.json
// (docs/application-json.md). Only process I/O lives here; the logic is in run-antrag-cli.ts, where it is tested.
const fontDir = new URL('../../node_modules/dejavu-fonts-ttf/ttf/', import.meta.url);
const font = (name: string) => readFileSync(fileURLToPath(new URL(name, fontDir)));

const outcome = await runAntragCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, bytes) => writeFileSync(path, bytes),
  fonts: () => ({ fontBytes: font('DejaVuSans.ttf'), boldFontBytes: font('DejaVuSans-Bold.ttf') }),
  cwd: invocationDirectory(process.env, process.cwd()),
  language: process.env.LANG?.startsWith('de') === true ? 'de' : 'en',
});
if (outcome.stdout !== '') process.stdout.write(outcome.stdout);
if (outcome.stderr !== '') process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
