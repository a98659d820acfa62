import { resolve } from 'node:path';
import { readApplicationBundle } from '../documents/bundle/application-document-check';
import type { BundleFinding } from '../documents/bundle/bundle-problem';
import { displayName } from '../documents/bundle/display-name';
import type { BundleFile, ReadBundleOptions } from '../documents/bundle/read-bundle';
import { isMemberPartBag, readMemberPartBag } from '../documents/member-part/read-member-part-bag';

export type BundleCliDeps = {
  /** Reads a file's bytes; throws when it cannot. */
  readFile: (absolutePath: string) => Uint8Array;
  /** The directory relative paths are resolved against (see invocation-directory.ts). */
  cwd: string;
  /** Language of the reasons; English unless told otherwise. */
  language?: 'de' | 'en';
  /** Reader limits; application.json is always checked against the domain's schema (docs/application-json.md). */
  readOptions?: Omit<ReadBundleOptions, 'checkApplication' | 'acceptedSchemaVersions'>;
};

export type BundleCliOutcome = { exitCode: 0 | 1 | 2; stdout: string; stderr: string };

const USAGE =
  "usage: npm run --silent bundle -- verify path/to/bundle.zip (an application bundle or a member's part)";

/**
 * Output lines quote names and values from a stranger's zip (and the path the caller typed): control characters
 * and bidirectional overrides are escaped so that they cannot rewrite the terminal or disguise a name.
 */
const print = (lines: readonly string[]): string => `${lines.map(displayName).join('\n')}\n`;

const badUsage = (message: string): BundleCliOutcome => ({
  exitCode: 2,
  stdout: '',
  stderr: print([`bundle: ${message}`, USAGE]),
});

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** One line per finding: the file (the archive itself when the finding is about the zip), the reason, the code. */
const findingLine = (zipPath: string, language: 'de' | 'en', finding: BundleFinding): string => {
  const file = finding.path === '' ? zipPath : finding.path;
  const related = finding.relatedPath === undefined ? '' : ` (${finding.relatedPath})`;
  return `${file}${related}: ${finding.message[language]} [${finding.code}]`;
};

/**
 * `bundle verify <zip>` without process I/O: exit 0 and a summary (with flags) for a valid bundle, exit 1 and
 * one line per problem for an invalid one, exit 2 and the usage for bad usage or an unreadable file. Valid means
 * the bag, every file, application.json against the domain's schema, and its attachments list against data/.
 */
export const runBundleCli = (args: readonly string[], deps: BundleCliDeps): BundleCliOutcome => {
  const language = deps.language ?? 'en';
  const [command, file, ...extra] = args;
  if (command === '--help' || command === '-h') return { exitCode: 0, stdout: print([USAGE]), stderr: '' };
  if (command === undefined) return badUsage('expected a command');
  if (command !== 'verify') return badUsage(`unknown command ${JSON.stringify(command)}`);
  if (file === undefined || file === '' || extra.length > 0) {
    return badUsage('verify expects exactly one argument, the path of a bundle');
  }
  const path = resolve(deps.cwd, file);
  let bytes: Uint8Array;
  try {
    bytes = deps.readFile(path);
  } catch (error) {
    return badUsage(`cannot read ${path}: ${reason(error)}`);
  }

  // A family member's own part (issue 14) is a bag of its own, verified on its own by the same reader; which kind
  // a zip is, its directory says (data/member-part.json in a folder named for an invitation).
  const memberPart = isMemberPartBag(bytes);
  const result = memberPart
    ? readMemberPartBag(bytes, deps.readOptions)
    : readApplicationBundle(bytes, deps.readOptions);
  if (!result.ok) {
    const kind = memberPart
      ? language === 'de'
        ? ' (Teil eines Haushaltsmitglieds)'
        : " (a member's part)"
      : '';
    const heading =
      language === 'de'
        ? `${path}: ungültig${kind}, ${result.problems.length} Problem(e)`
        : `${path}: invalid${kind}, ${result.problems.length} problem(s)`;
    const lines = result.problems.map((problem) => findingLine(path, language, problem));
    return { exitCode: 1, stdout: print([heading, ...lines]), stderr: '' };
  }
  const { files, flags } = result;
  const total = files.reduce((sum, { bytes: content }) => sum + content.length, 0);
  const fileLines = (list: readonly BundleFile[]) => [
    language === 'de' ? `${list.length} Dateien, ${total} Bytes:` : `${list.length} files, ${total} bytes:`,
    ...list.map(
      ({ path: filePath, type, bytes: content }) => `  ${filePath} (${type}, ${content.length} bytes)`,
    ),
  ];
  const flagLines = flags.map(
    (flag) => `${language === 'de' ? 'Hinweis' : 'flag'}: ${findingLine(path, language, flag)}`,
  );
  if ('document' in result) {
    const { bagInfo, document } = result;
    const lines = [
      language === 'de'
        ? `${path}: gültig, Teil eines Haushaltsmitglieds (nicht der ganze Antrag)`
        : `${path}: valid, a member's part (not a whole application)`,
      `Bag-Kind: ${bagInfo.bagKind}, Invitation-Id: ${bagInfo.invitationId}, Application-Year: ${bagInfo.applicationYear}, Created: ${bagInfo.created}`,
      `App-Version: ${bagInfo.appVersion}, Schema-Version: ${bagInfo.schemaVersion}, Rules-Version: ${bagInfo.rulesVersion}`,
      // The figures the applicant's app receives of the part (member-part-summary.ts), checked against the entries.
      language === 'de'
        ? `Mitglied ${document.memberId}: Einnahmen ${document.summary.incomeCents} ct, chronisch krank: ${document.summary.reducedRate ? 'ja' : 'nein'}, ${document.summary.coPayments.length} Zuzahlungen`
        : `member ${document.memberId}: income ${document.summary.incomeCents} ct, chronically ill: ${document.summary.reducedRate ? 'yes' : 'no'}, ${document.summary.coPayments.length} co-payments`,
      ...fileLines(files),
      ...flagLines,
    ];
    return { exitCode: 0, stdout: print(lines), stderr: '' };
  }
  const { bagInfo } = result;
  const lines = [
    language === 'de' ? `${path}: gültig` : `${path}: valid`,
    `Application-Id: ${bagInfo.applicationId}, Application-Year: ${bagInfo.applicationYear}, Created: ${bagInfo.created}`,
    `App-Version: ${bagInfo.appVersion}, Schema-Version: ${bagInfo.schemaVersion}, Rules-Version: ${bagInfo.rulesVersion}`,
    ...fileLines(files),
    ...flagLines,
  ];
  return { exitCode: 0, stdout: print(lines), stderr: '' };
};
