import { acceptedApplicationDocumentVersions } from '../../domain/application/application-document-migration';
import type { Problem } from '../../domain/validation/result';
import type { BagInfo } from './bag-info';
import { applicationJsonPath, bagInfoTxt } from './bag-layout';
import { finding, type BundleProblem } from './bundle-problem';

/**
 * The default check of data/application.json until the domain's schema is wired in: the application must
 * name a `schemaVersion` this reader knows. An app version newer than the caseworkers' would otherwise be
 * misread silently. The domain's check (application-document-check.ts) migrates an older known version (1, from
 * before family members handed in their own parts) to the current one before it checks the schema.
 */
export const schemaVersionCheck =
  (acceptedSchemaVersions: readonly number[]) =>
  (json: unknown): Problem | undefined => {
    const version =
      typeof json === 'object' && json !== null && !Array.isArray(json)
        ? (json as Record<string, unknown>).schemaVersion
        : undefined;
    if (typeof version === 'number' && acceptedSchemaVersions.includes(version)) return undefined;
    const shown = version === undefined ? 'keine' : JSON.stringify(version);
    const shownEn = version === undefined ? 'none' : JSON.stringify(version);
    const accepted = acceptedSchemaVersions.join(', ');
    return {
      code: 'application.unknown-schema-version',
      message: {
        de: `Unbekannte Schemaversion ${shown} in data/application.json (gelesen werden: ${accepted}). Bitte die Anwendung aktualisieren.`,
        en: `unknown schema version ${shownEn} in data/application.json (this reader knows: ${accepted}); update the application`,
      },
    };
  };

function parseApplication(bytes: Uint8Array): { ok: true; json: unknown } | { ok: false } {
  try {
    return { ok: true, json: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown };
  } catch {
    return { ok: false };
  }
}

/** bag-info.txt repeats the application's schema version so a reader can refuse without parsing it: both must agree. */
function schemaVersionMismatch(json: unknown, bagInfo: BagInfo | undefined): BundleProblem | undefined {
  const version =
    typeof json === 'object' && json !== null
      ? (json as { schemaVersion?: unknown }).schemaVersion
      : undefined;
  if (bagInfo === undefined || typeof version !== 'number' || version === bagInfo.schemaVersion)
    return undefined;
  return {
    ...finding(
      'bag-info.schema-version-mismatch',
      bagInfoTxt,
      `Schema-Version ${bagInfo.schemaVersion} passt nicht zu data/application.json (${version}).`,
      `Schema-Version ${bagInfo.schemaVersion} does not match data/application.json (${version})`,
    ),
    relatedPath: applicationJsonPath,
  };
}

export type ApplicationCheckOptions = {
  /**
   * Schema versions the default check accepts; unless told otherwise, those this app reads
   * (acceptedApplicationDocumentVersions: 1, migrated, and 2).
   */
  acceptedSchemaVersions?: readonly number[];
  /** Replaces the default schema-version check, e.g. with the domain's application schema. */
  checkApplication?: (json: unknown) => Problem | undefined;
};

/** data/application.json: UTF-8 JSON, accepted by the application check, and agreeing with bag-info.txt. */
export function checkApplicationJson(
  bytes: Uint8Array | undefined,
  bagInfo: BagInfo | undefined,
  options: ApplicationCheckOptions,
): { application: unknown; problems: BundleProblem[] } {
  // A missing file is reported by the bag check.
  if (bytes === undefined) return { application: undefined, problems: [] };
  const parsed = parseApplication(bytes);
  if (!parsed.ok) {
    return {
      application: undefined,
      problems: [
        finding(
          'application.not-json',
          applicationJsonPath,
          'Die Datei ist kein gültiges JSON.',
          'the file is not valid JSON',
        ),
      ],
    };
  }
  const problems: BundleProblem[] = [];
  const check =
    options.checkApplication ??
    schemaVersionCheck(options.acceptedSchemaVersions ?? acceptedApplicationDocumentVersions);
  const problem = check(parsed.json);
  if (problem !== undefined) problems.push({ ...problem, path: applicationJsonPath });
  const mismatch = schemaVersionMismatch(parsed.json, bagInfo);
  if (mismatch !== undefined) problems.push(mismatch);
  return { application: parsed.json, problems };
}
