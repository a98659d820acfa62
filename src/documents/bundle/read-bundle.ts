import { checkApplicationJson, type ApplicationCheckOptions } from './application-check';
import type { BagInfo } from './bag-info';
import { applicationJsonPath, bagInfoTxt, baseDirectoryName, payloadDir } from './bag-layout';
import { defaultBundleLimits, type BundleLimits } from './bundle-limits';
import { finding, type BundleFlag, type BundleProblem } from './bundle-problem';
import { checkDeclaredSizes } from './declared-sizes';
import { checkEntryPaths } from './entry-paths';
import { checkFileType, type PayloadType } from './file-type';
import { unzipEntries } from './unzip-entries';
import { verifyBag } from './verify-bag';
import { readZipDirectory } from './zip-directory';

export type BundleFile = { path: string; bytes: Uint8Array; type: PayloadType };

export type ReadBundleResult =
  | { ok: true; bagInfo: BagInfo; application: unknown; files: BundleFile[]; flags: BundleFlag[] }
  | { ok: false; problems: BundleProblem[] };

export type ReadBundleOptions = ApplicationCheckOptions & {
  /** Overrides single limits; the rest stay at defaultBundleLimits. */
  limits?: Partial<BundleLimits>;
  /** SHA-256 as lower-case hex, for the manifests; the portable one (sha256.ts) unless given. */
  sha256Hex?: (bytes: Uint8Array) => string;
};

const refuse = (problems: BundleProblem[]): ReadBundleResult => ({ ok: false, problems });

function verify(zip: Uint8Array, options: ReadBundleOptions): ReadBundleResult {
  const limits = { ...defaultBundleLimits, ...options.limits };
  const directory = readZipDirectory(zip, limits.maxEntries);
  if (!directory.ok) return refuse([directory.problem]);
  const paths = checkEntryPaths(directory.entries);
  if (!paths.ok) return refuse(paths.problems);

  const sizeProblems = checkDeclaredSizes(paths.files, limits);
  if (sizeProblems.length > 0) return refuse(sizeProblems);

  const unzipped = unzipEntries(zip, paths.files);
  if (!unzipped.ok) return refuse(unzipped.problems);
  const { contents } = unzipped;
  const bag = verifyBag(contents, options.sha256Hex);
  const problems = [...bag.problems];
  if (bag.bagInfo !== undefined && paths.base !== baseDirectoryName(bag.bagInfo.applicationId)) {
    // The folder a caseworker's unzip tool creates must name the application the bag says it holds.
    problems.push(
      finding(
        'zip.base-directory-mismatch',
        bagInfoTxt,
        `Der Ordner „${paths.base}“ passt nicht zur Application-Id ${bag.bagInfo.applicationId}; unsere App nennt ihn „${baseDirectoryName(bag.bagInfo.applicationId)}“.`,
        `the folder "${paths.base}" does not match Application-Id ${bag.bagInfo.applicationId}; our app names it "${baseDirectoryName(bag.bagInfo.applicationId)}"`,
      ),
    );
  }
  const flags: BundleFlag[] = [];
  const files: BundleFile[] = [];
  for (const [path, bytes] of contents) {
    if (!path.startsWith(payloadDir)) continue;
    // The same check as an upload in the wizard: type, structure, image size, active content in PDFs.
    const checked = checkFileType(path, bytes, limits);
    problems.push(...checked.problems);
    flags.push(...checked.flags);
    if (checked.type !== undefined) files.push({ path, bytes, type: checked.type });
  }

  const applicationCheck = checkApplicationJson(contents.get(applicationJsonPath), bag.bagInfo, options);
  problems.push(...applicationCheck.problems);
  if (problems.length > 0 || bag.bagInfo === undefined) return refuse(problems);
  return { ok: true, bagInfo: bag.bagInfo, application: applicationCheck.application, files, flags };
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
