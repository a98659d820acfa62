import type { Problem } from '../../domain/validation/result';
import { schemaVersionCheck } from './application-check';
import type { BagInfo } from './bag-info';
import { applicationJsonPath } from './bag-layout';
import { defaultBundleLimits, type BundleLimits } from './bundle-limits';
import { finding, type BundleFlag, type BundleProblem } from './bundle-problem';
import { checkEntryPaths } from './entry-paths';
import { checkFileType, expectedType, type PayloadType } from './file-type';
import { scanPdf } from './pdf-active-content';
import { unzipEntries } from './unzip-entries';
import { verifyBag } from './verify-bag';
import { readZipDirectory } from './zip-directory';

export type BundleFile = { path: string; bytes: Uint8Array; type: PayloadType };

export type ReadBundleResult =
  | { ok: true; bagInfo: BagInfo; application: unknown; files: BundleFile[]; flags: BundleFlag[] }
  | { ok: false; problems: BundleProblem[] };

export type ReadBundleOptions = {
  limits?: Partial<BundleLimits>;
  /** Schema versions of data/application.json this reader accepts (default check only). */
  acceptedSchemaVersions?: readonly number[];
  /** Replaces the default schema-version check, e.g. with the domain's application schema. */
  checkApplication?: (json: unknown) => Problem | undefined;
};

const refuse = (problems: BundleProblem[]): ReadBundleResult => ({ ok: false, problems });

function parseApplication(bytes: Uint8Array): { ok: true; json: unknown } | { ok: false } {
  try {
    return { ok: true, json: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown };
  } catch {
    return { ok: false };
  }
}

function verify(zip: Uint8Array, options: ReadBundleOptions): ReadBundleResult {
  const limits = { ...defaultBundleLimits, ...options.limits };
  const directory = readZipDirectory(zip, limits.maxEntries);
  if (!directory.ok) return refuse([directory.problem]);
  const paths = checkEntryPaths(directory.entries);
  if (!paths.ok) return refuse(paths.problems);

  // The zip-bomb guard, from declared sizes only: nothing has been inflated yet.
  const sizeProblems: BundleProblem[] = [];
  let total = 0;
  for (const entry of paths.files) {
    total += entry.uncompressedSize;
    if (entry.uncompressedSize > limits.maxEntryBytes) {
      sizeProblems.push(
        finding(
          'zip.entry-too-large',
          entry.bagPath,
          `Die Datei ist entpackt zu groß (${entry.uncompressedSize} Bytes).`,
          `the file is too large unpacked (${entry.uncompressedSize} bytes)`,
        ),
      );
    } else if (total > limits.maxTotalBytes && sizeProblems.length === 0) {
      sizeProblems.push(
        finding(
          'zip.too-large',
          entry.bagPath,
          `Mit dieser Datei ist das Paket entpackt größer als ${limits.maxTotalBytes} Bytes.`,
          `with this file the bag unpacks to more than ${limits.maxTotalBytes} bytes`,
        ),
      );
    }
  }
  if (sizeProblems.length > 0) return refuse(sizeProblems);

  const unzipped = unzipEntries(zip, paths.files);
  if (!unzipped.ok) return refuse(unzipped.problems);
  const { contents } = unzipped;
  const bag = verifyBag(contents);
  const problems = [...bag.problems];
  const flags: BundleFlag[] = [];
  const files: BundleFile[] = [];
  let application: unknown;
  for (const [path, bytes] of contents) {
    const type = expectedType(path);
    if (!path.startsWith('data/')) continue;
    const typeProblem = checkFileType(path, bytes, limits);
    if (typeProblem !== undefined || type === undefined) {
      if (typeProblem !== undefined) problems.push(typeProblem);
      continue;
    }
    files.push({ path, bytes, type });
    if (type === 'application/pdf') {
      const scan = scanPdf(path, bytes, limits.maxPdfInflatedBytes);
      problems.push(...scan.problems);
      flags.push(...scan.flags);
    }
  }

  const applicationBytes = contents.get(applicationJsonPath);
  if (applicationBytes !== undefined) {
    const parsed = parseApplication(applicationBytes);
    if (!parsed.ok) {
      problems.push(
        finding(
          'application.not-json',
          applicationJsonPath,
          'Die Datei ist kein gültiges JSON.',
          'the file is not valid JSON',
        ),
      );
    } else {
      application = parsed.json;
      const check = options.checkApplication ?? schemaVersionCheck(options.acceptedSchemaVersions ?? [1]);
      const problem = check(parsed.json);
      if (problem !== undefined) problems.push({ ...problem, path: applicationJsonPath });
    }
  }
  if (problems.length > 0 || bag.bagInfo === undefined) return refuse(problems);
  return { ok: true, bagInfo: bag.bagInfo, application, files, flags };
}

/**
 * Opens and verifies an upload bundle: the same code in the caseworkers' view and the CLI. Never throws:
 * every outcome is a result, and every problem names the file it is about.
 */
export function readBundle(zip: Uint8Array, options: ReadBundleOptions = {}): ReadBundleResult {
  try {
    return verify(zip, options);
  } catch (error) {
    // A bug of ours, not a property of the bundle; the fuzz tests make sure it stays unreachable.
    const reason = error instanceof Error ? error.message : String(error);
    return refuse([
      finding(
        'bundle.internal-error',
        '',
        `Interner Fehler beim Prüfen: ${reason}`,
        `internal error while checking: ${reason}`,
      ),
    ]);
  }
}
