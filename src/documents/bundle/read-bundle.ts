import { checkApplicationJson, type ApplicationCheckOptions } from './application-check';
import { parseBagInfo, type BagInfo } from './bag-info';
import {
  antragPdfPath,
  applicationJsonPath,
  bagInfoTxt,
  baseDirectoryName,
  isWriterBagPath,
  payloadDir,
} from './bag-layout';
import { defaultBundleLimits, type BundleLimits } from './bundle-limits';
import { finding, type BundleFlag, type BundleProblem } from './bundle-problem';
import { checkDeclaredSizes } from './declared-sizes';
import { checkEntryPaths } from './entry-paths';
import { checkFileType, type PayloadType } from './file-type';
import { unzipEntries } from './unzip-entries';
import { verifyBag, type BagKindRules } from './verify-bag';
import { readZipDirectory } from './zip-directory';

export type BundleFile = { path: string; bytes: Uint8Array; type: PayloadType };

export type ReadBundleResult =
  | { ok: true; bagInfo: BagInfo; application: unknown; files: BundleFile[]; flags: BundleFlag[] }
  | { ok: false; problems: BundleProblem[] };

/** The reader's own options, the same for every kind of bag. */
export type ReadBagOptions = {
  /** Overrides single limits; the rest stay at defaultBundleLimits. */
  limits?: Partial<BundleLimits>;
  /** SHA-256 as lower-case hex, for the manifests; the portable one (sha256.ts) unless given. */
  sha256Hex?: (bytes: Uint8Array) => string;
};

export type ReadBundleOptions = ApplicationCheckOptions & ReadBagOptions;

/**
 * One kind of bag our apps write: an applicant's upload bundle or a family member's own part (issue 14). Both are
 * opened by the one reader below; only the names, the bag-info fields and the JSON document differ.
 */
export type BagKind<I extends { payloadOxum: string }> = BagKindRules<I> & {
  /** The JSON document in data/ (application.json, member-part.json); checked by `checkDocument`, not by type. */
  documentPath: string;
  /** Every path the writer of this kind can produce inside the base directory (bag-layout.ts). */
  isWriterBagPath: (bagPath: string) => boolean;
  /** The bag-info field the base directory is named after, its label and the folder name the writer uses. */
  folder: { label: string; id: (info: I) => string; name: (info: I) => string };
  /** The JSON document against the bag-info (undefined when it did not parse); a missing file is the bag's problem. */
  checkDocument: (
    bytes: Uint8Array | undefined,
    bagInfo: I | undefined,
  ) => { document: unknown; problems: BundleProblem[] };
};

export type ReadBagResult<I> =
  | { ok: true; bagInfo: I; document: unknown; files: BundleFile[]; flags: BundleFlag[] }
  | { ok: false; problems: BundleProblem[] };

const refuse = (problems: BundleProblem[]) => ({ ok: false as const, problems });

function verify<I extends { payloadOxum: string }>(
  zip: Uint8Array,
  kind: BagKind<I>,
  options: ReadBagOptions,
): ReadBagResult<I> {
  const limits = { ...defaultBundleLimits, ...options.limits };
  const directory = readZipDirectory(zip, limits.maxEntries);
  if (!directory.ok) return refuse([directory.problem]);
  const paths = checkEntryPaths(directory.entries, kind.isWriterBagPath);
  if (!paths.ok) return refuse(paths.problems);

  const sizeProblems = checkDeclaredSizes(paths.files, limits);
  if (sizeProblems.length > 0) return refuse(sizeProblems);

  const unzipped = unzipEntries(zip, paths.files);
  if (!unzipped.ok) return refuse(unzipped.problems);
  const { contents } = unzipped;
  const bag = verifyBag(contents, kind, options.sha256Hex);
  const problems = [...bag.problems];
  if (bag.bagInfo !== undefined && paths.base !== kind.folder.name(bag.bagInfo)) {
    // The folder a caseworker's unzip tool creates must name what the bag says it holds.
    const { label } = kind.folder;
    const id = kind.folder.id(bag.bagInfo);
    const expected = kind.folder.name(bag.bagInfo);
    problems.push(
      finding(
        'zip.base-directory-mismatch',
        bagInfoTxt,
        `Der Ordner „${paths.base}“ passt nicht zur ${label} ${id}; unsere App nennt ihn „${expected}“.`,
        `the folder "${paths.base}" does not match ${label} ${id}; our app names it "${expected}"`,
      ),
    );
  }
  const flags: BundleFlag[] = [];
  const files: BundleFile[] = [];
  for (const [path, bytes] of contents) {
    if (!path.startsWith(payloadDir)) continue;
    if (path === kind.documentPath) {
      // Its shape is the domain's business: checkDocument parses it below.
      files.push({ path, bytes, type: 'application/json' });
      continue;
    }
    // The same check as an upload in the wizard: type, structure, image size, active content in PDFs.
    const checked = checkFileType(path, bytes, limits);
    problems.push(...checked.problems);
    flags.push(...checked.flags);
    if (checked.type !== undefined) files.push({ path, bytes, type: checked.type });
  }

  const documentCheck = kind.checkDocument(contents.get(kind.documentPath), bag.bagInfo);
  problems.push(...documentCheck.problems);
  if (problems.length > 0 || bag.bagInfo === undefined) return refuse(problems);
  return { ok: true, bagInfo: bag.bagInfo, document: documentCheck.document, files, flags };
}

/**
 * Opens and verifies one bag of the given kind: the zip directory, the entry paths, the declared sizes, inflating,
 * the BagIt manifests and every payload file's type and content (PDF active content included), then the kind's
 * JSON document. Never throws: every outcome is a result, and every problem names the file it is about.
 */
export function readBag<I extends { payloadOxum: string }>(
  zip: Uint8Array,
  kind: BagKind<I>,
  options: ReadBagOptions = {},
): ReadBagResult<I> {
  try {
    return verify(zip, kind, options);
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

/** The applicant's upload bundle (ADR 0009), with the application check `options` give. */
const applicationBag = (options: ApplicationCheckOptions): BagKind<BagInfo> => ({
  requiredPayload: [applicationJsonPath, antragPdfPath],
  parseBagInfo,
  documentPath: applicationJsonPath,
  isWriterBagPath,
  folder: {
    label: 'Application-Id',
    id: (info) => info.applicationId,
    name: (info) => baseDirectoryName(info.applicationId),
  },
  checkDocument: (bytes, bagInfo) => {
    const { application, problems } = checkApplicationJson(bytes, bagInfo, options);
    return { document: application, problems };
  },
});

/**
 * Opens and verifies an upload bundle: the same code in the caseworkers' view and the CLI. Never throws:
 * every outcome is a result, and every problem names the file it is about.
 */
export function readBundle(zip: Uint8Array, options: ReadBundleOptions = {}): ReadBundleResult {
  const { limits, sha256Hex, ...check } = options;
  const result = readBag(zip, applicationBag(check), {
    ...(limits ? { limits } : {}),
    ...(sha256Hex ? { sha256Hex } : {}),
  });
  if (!result.ok) return result;
  const { document, ...rest } = result;
  return { ...rest, application: document };
}
