import {
  applicationDocumentSchema,
  type ApplicationDocument,
} from '../../domain/application/application-document';
import {
  acceptedApplicationDocumentVersions,
  migrateApplicationDocument,
} from '../../domain/application/application-document-migration';
import { issueLines } from '../../domain/limit-case/limit-case-issues';
import type { LocalizedText, Problem } from '../../domain/validation/result';
import { advancePaymentProblems } from './advance-payment-check';
import { schemaVersionCheck } from './application-check';
import type { BagInfo } from './bag-info';
import { antragPdfPath, applicationJsonPath, bagInfoTxt, payloadDir } from './bag-layout';
import { finding, type BundleFlag, type BundleProblem } from './bundle-problem';
import { readBundle, type BundleFile, type ReadBundleOptions } from './read-bundle';

/** Failing paths named in one problem line; the CLI `antrag` prints them all. */
const shownIssues = 3;

export type ParsedApplicationDocument =
  { ok: true; document: ApplicationDocument } | { ok: false; problem: Problem; lines: LocalizedText[] };

/**
 * application.json against the domain's schema (docs/application-json.md). An unknown schemaVersion is reported
 * alone, in the words of application-check.ts: the other fields of a newer format mean nothing to this reader. An
 * older version it knows is migrated to the current one first (application-document-migration.ts), so every
 * reader — the caseworker's view, the recomputed limit, the Antrag — sees one format.
 */
export function parseApplicationDocument(json: unknown): ParsedApplicationDocument {
  const version = schemaVersionCheck(acceptedApplicationDocumentVersions)(json);
  if (version !== undefined) {
    const { de, en } = version.message;
    return {
      ok: false,
      problem: version,
      lines: [{ de: `schemaVersion: ${de}`, en: `schemaVersion: ${en}` }],
    };
  }
  const current = migrateApplicationDocument(json);
  const parsed = applicationDocumentSchema.safeParse(current);
  if (parsed.success) return { ok: true, document: parsed.data };
  const lines = issueLines(parsed.error.issues, current);
  const more = lines.length - shownIssues;
  const join = (language: keyof LocalizedText) =>
    lines
      .slice(0, shownIssues)
      .map((line) => line[language])
      .join('; ');
  return {
    ok: false,
    lines,
    problem: {
      code: 'application.invalid',
      message: {
        de: `Entspricht nicht dem Format von application.json: ${join('de')}${more > 0 ? ` (und ${more} weitere)` : ''}`,
        en: `does not match the application.json format: ${join('en')}${more > 0 ? ` (and ${more} more)` : ''}`,
      },
    },
  };
}

/** The `checkApplication` for readBundle: the domain's schema instead of the schema-version check alone. */
export const applicationDocumentCheck = (json: unknown): Problem | undefined => {
  const parsed = parseApplicationDocument(json);
  return parsed.ok ? undefined : parsed.problem;
};

const related = (problem: BundleProblem): BundleProblem => ({ ...problem, relatedPath: applicationJsonPath });

/**
 * The attachments list and the payload must agree both ways: a listed file that is missing leaves a proof
 * unseen, a file that is not listed is a proof nobody knows the purpose of. Each problem names the file.
 */
export function attachmentProblems(
  document: ApplicationDocument,
  files: readonly Pick<BundleFile, 'path' | 'type'>[],
): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const present = new Map(files.map((file) => [file.path, file.type]));
  const listed = new Set<string>();
  for (const { name, type } of document.attachments) {
    const path = `${payloadDir}${name}`;
    const found = present.get(path);
    if (listed.has(path)) {
      problems.push(
        related(
          finding(
            'application.attachment-listed-twice',
            path,
            'Die Datei steht mehrfach in der Anlagenliste.',
            'listed more than once in the attachments',
          ),
        ),
      );
    } else if (found === undefined) {
      problems.push(
        related(
          finding(
            'application.attachment-missing',
            path,
            'Die Datei steht in der Anlagenliste, fehlt aber im Paket.',
            'listed in the attachments but missing from the bundle',
          ),
        ),
      );
    } else if (found !== type) {
      problems.push(
        related(
          finding(
            'application.attachment-type-mismatch',
            path,
            `Die Anlagenliste nennt ${type}, die Datei ist ${found}.`,
            `the attachments say ${type}, the file is ${found}`,
          ),
        ),
      );
    }
    listed.add(path);
  }
  for (const { path } of files) {
    if (path === applicationJsonPath || path === antragPdfPath || listed.has(path)) continue;
    problems.push(
      related(
        finding(
          'application.attachment-unlisted',
          path,
          'Die Datei steht nicht in der Anlagenliste von data/application.json.',
          'not listed in the attachments of data/application.json',
        ),
      ),
    );
  }
  return problems;
}

/** bag-info.txt repeats id, year and rules version so a reader can sort bundles unopened: they must agree. */
function bagInfoProblems(document: ApplicationDocument, bagInfo: BagInfo): BundleProblem[] {
  const pairs: [string, string | number, string | number][] = [
    ['Application-Id', bagInfo.applicationId, document.applicationId],
    ['Application-Year', bagInfo.applicationYear, document.year],
    ['Rules-Version', bagInfo.rulesVersion, document.rulesVersion],
  ];
  return pairs
    .filter(([, tag, json]) => tag !== json)
    .map(([name, tag, json]) =>
      related(
        finding(
          'bag-info.application-mismatch',
          bagInfoTxt,
          `${name} ${tag} passt nicht zu data/application.json (${json}).`,
          `${name} ${tag} does not match data/application.json (${json})`,
        ),
      ),
    );
}

export type ApplicationBundleResult =
  | {
      ok: true;
      bagInfo: BagInfo;
      application: ApplicationDocument;
      files: BundleFile[];
      flags: BundleFlag[];
    }
  | { ok: false; problems: BundleProblem[] };

/**
 * readBundle with the domain's schema as the application check, then the cross-checks between application.json
 * and the bag: for the CLI `bundle verify` and the caseworkers' view, which get a typed application.
 */
export function readApplicationBundle(
  zip: Uint8Array,
  options: Omit<ReadBundleOptions, 'checkApplication' | 'acceptedSchemaVersions'> = {},
): ApplicationBundleResult {
  const result = readBundle(zip, { ...options, checkApplication: applicationDocumentCheck });
  if (!result.ok) return result;
  const parsed = parseApplicationDocument(result.application);
  // readBundle has refused a bundle whose application fails the check; this only narrows the type.
  if (!parsed.ok) return { ok: false, problems: [{ ...parsed.problem, path: applicationJsonPath }] };
  const problems = [
    ...bagInfoProblems(parsed.document, result.bagInfo),
    ...attachmentProblems(parsed.document, result.files),
    ...advancePaymentProblems(parsed.document),
  ];
  if (problems.length > 0) return { ok: false, problems };
  return { ...result, application: parsed.document };
}
