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
import { attachmentListProblems, type AttachmentListOwner } from './attachment-list-problems';
import { bagInfoMismatches } from './bag-info-mismatches';
import { antragPdfPath, applicationJsonPath } from './bag-layout';
import type { BundleFlag, BundleProblem } from './bundle-problem';
import { formatMismatch } from './format-mismatch';
import { readBundle, type BundleFile, type ReadBundleOptions } from './read-bundle';

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
  return {
    ok: false,
    lines,
    problem: { code: 'application.invalid', message: formatMismatch('application.json', lines) },
  };
}

/** The `checkApplication` for readBundle: the domain's schema instead of the schema-version check alone. */
export const applicationDocumentCheck = (json: unknown): Problem | undefined => {
  const parsed = parseApplicationDocument(json);
  return parsed.ok ? undefined : parsed.problem;
};

/** What application.json's attachments list is checked as (attachment-list-problems.ts). */
const applicationAttachments: AttachmentListOwner = {
  codePrefix: 'application',
  documentPath: applicationJsonPath,
  ownFiles: [applicationJsonPath, antragPdfPath],
  container: 'bundle',
};

/**
 * The attachments list and the payload must agree both ways: a listed file that is missing leaves a proof
 * unseen, a file that is not listed is a proof nobody knows the purpose of. Each problem names the file.
 */
export const attachmentProblems = (
  document: ApplicationDocument,
  files: readonly Pick<BundleFile, 'path' | 'type'>[],
): BundleProblem[] => attachmentListProblems(applicationAttachments, document.attachments, files);

/** bag-info.txt repeats id, year and rules version so a reader can sort bundles unopened: they must agree. */
const bagInfoProblems = (document: ApplicationDocument, bagInfo: BagInfo): BundleProblem[] =>
  bagInfoMismatches('bag-info.application-mismatch', applicationJsonPath, [
    ['Application-Id', bagInfo.applicationId, document.applicationId],
    ['Application-Year', bagInfo.applicationYear, document.year],
    ['Rules-Version', bagInfo.rulesVersion, document.rulesVersion],
  ]);

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
