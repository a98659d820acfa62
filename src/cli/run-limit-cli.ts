import { resolve } from 'node:path';
import { evaluateLimitCase } from '../domain/limit-case/evaluate-limit-case';

export type LimitCliDeps = {
  /** Reads a file as UTF-8 text; throws when it cannot. */
  readFile: (absolutePath: string) => string;
  /** The directory relative paths are resolved against (see invocation-directory.ts). */
  cwd: string;
  /** Language of the messages on stderr; English unless told otherwise. */
  language?: 'de' | 'en';
};

export type LimitCliOutcome = { exitCode: 0 | 2; stdout: string; stderr: string };

const USAGE = 'usage: npm run --silent limit -- path/to/case.json';

const badInput = (message: string): LimitCliOutcome => ({ exitCode: 2, stdout: '', stderr: `${message}\n` });

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The CLI `limit` of limit-contract.md without process I/O: one JSON object on stdout and exit 0,
 * or a message naming the field on stderr, nothing on stdout and exit 2.
 */
export const runLimitCli = (args: readonly string[], deps: LimitCliDeps): LimitCliOutcome => {
  const [arg, ...extra] = args;
  if (arg === undefined || arg === '' || extra.length > 0) {
    return badInput(`limit: expected exactly one argument, the path of a case file\n${USAGE}`);
  }
  const path = resolve(deps.cwd, arg);
  let text: string;
  try {
    text = deps.readFile(path);
  } catch (error) {
    return badInput(`limit: cannot read ${path}: ${reason(error)}`);
  }
  let json: unknown;
  try {
    // A byte-order mark from a Windows editor is not part of the JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return badInput(`limit: ${path} is not valid JSON: ${reason(error)}`);
  }
  const result = evaluateLimitCase(json);
  if (!result.ok) {
    return badInput(`limit: ${path} is not a valid case:\n${result.problem.message[deps.language ?? 'en']}`);
  }
  return { exitCode: 0, stdout: `${JSON.stringify(result.value, null, 2)}\n`, stderr: '' };
};
