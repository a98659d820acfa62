import { resolve } from 'node:path';
import { antragContentFromApplication } from '../documents/antrag/antrag-content-from-application';
import type { AntragLanguage } from '../documents/antrag/antrag-content';
import { berlinDateTime } from '../documents/antrag/antrag-format';
import { renderAntragPdf, type AntragFonts } from '../documents/antrag/render-antrag-pdf';
import { parseApplicationDocument } from '../documents/bundle/application-document-check';

export type AntragCliDeps = {
  /** Reads a file as UTF-8 text; throws when it cannot. */
  readFile: (absolutePath: string) => string;
  /** Writes the PDF; throws when it cannot. */
  writeFile: (absolutePath: string, bytes: Uint8Array) => void;
  /** The DejaVu fonts; only loaded once the input is known to be good. */
  fonts: () => AntragFonts;
  /** The directory relative paths are resolved against (see invocation-directory.ts). */
  cwd: string;
  /** Language of the messages on stderr; English unless told otherwise. The PDF's language is --lang. */
  language?: 'de' | 'en';
};

export type AntragCliOutcome = { exitCode: 0 | 1 | 2; stdout: string; stderr: string };

const USAGE = 'usage: npm run --silent antrag -- path/to/application.json -o antrag.pdf [--lang de|en]';

const fail = (exitCode: 1 | 2, message: string): AntragCliOutcome => ({
  exitCode,
  stdout: '',
  stderr: `antrag: ${message}\n`,
});
const badUsage = (message: string) => fail(2, `${message}\n${USAGE}`);

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

type Options =
  { input: string; output: string; language: AntragLanguage } | { help: true } | { error: string };

/** `file -o out.pdf --lang en`, also as `--output=out.pdf` and `--lang=en`, in any order. */
function parseArgs(args: readonly string[]): Options {
  const positional: string[] = [];
  let output: string | undefined;
  let language: string = 'de';
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s) as [string, string?]) : [arg];
    if (flag === '-h' || flag === '--help') return { help: true };
    if (flag === '-o' || flag === '--output' || flag === '--lang') {
      const value = inline ?? args[(i += 1)];
      if (value === undefined || value === '') return { error: `${flag} expects a value` };
      if (flag === '--lang') language = value;
      else output = value;
    } else if (arg.startsWith('-') && arg !== '-') return { error: `unknown option ${JSON.stringify(arg)}` };
    else positional.push(arg);
  }
  if (positional.length !== 1 || positional[0] === '')
    return { error: 'expected exactly one argument, the path of an application.json' };
  if (output === undefined) return { error: 'expected -o and the path of the PDF to write' };
  if (language !== 'de' && language !== 'en')
    return { error: `--lang must be de or en, not ${JSON.stringify(language)}` };
  return { input: positional[0] ?? '', output, language };
}

/**
 * The CLI `antrag` without process I/O: reads an application.json (docs/application-json.md), recomputes the
 * limit with the rule engine and writes the Antrag PDF, signed at the applicant's city on the day the application
 * was created. Exit 0 with the PDF's path on stdout; exit 2 with a message naming the field for bad usage or an
 * application that does not pass the schema; exit 1 when the PDF cannot be made or written.
 */
export const runAntragCli = async (
  args: readonly string[],
  deps: AntragCliDeps,
): Promise<AntragCliOutcome> => {
  const options = parseArgs(args);
  if ('help' in options) return { exitCode: 0, stdout: `${USAGE}\n`, stderr: '' };
  if ('error' in options) return badUsage(options.error);
  const input = resolve(deps.cwd, options.input);
  const output = resolve(deps.cwd, options.output);
  let text: string;
  try {
    text = deps.readFile(input);
  } catch (error) {
    return badUsage(`cannot read ${input}: ${reason(error)}`);
  }
  let json: unknown;
  try {
    // A byte-order mark from a Windows editor is not part of the JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(2, `${input} is not valid JSON: ${reason(error)}`);
  }
  const language = deps.language ?? 'en';
  const parsed = parseApplicationDocument(json);
  if (!parsed.ok) {
    const lines = parsed.lines.map((line) => `  ${line[language]}`);
    return fail(2, `${input} is not a valid application.json:\n${lines.join('\n')}`);
  }
  const { document } = parsed;
  const content = antragContentFromApplication(document, options.language, {
    place: document.applicant.address.city,
    // The day in Berlin, where the application was made, never the machine's zone: 2026-11-20T23:30:00Z is the 21st.
    signedOn: berlinDateTime(document.createdAt).date,
  });
  if (!content.ok) return fail(2, `${input}: year: ${content.problem.message[language]}`);
  try {
    const bytes = await renderAntragPdf(content.value, deps.fonts());
    deps.writeFile(output, bytes);
  } catch (error) {
    return fail(1, `cannot write ${output}: ${reason(error)}`);
  }
  return { exitCode: 0, stdout: `${output}\n`, stderr: '' };
};
