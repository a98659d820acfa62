import { applicationDocumentVersion } from './application-document';

/**
 * The application.json versions a reader of this app understands (docs/application-json.md): the current one, and
 * every older one it can migrate. Bundles sent before issue 14 carry version 1 and stay readable for as long as the
 * insurer keeps them.
 */
export const acceptedApplicationDocumentVersions: readonly number[] = [1, applicationDocumentVersion];

const isRecord = (json: unknown): json is Record<string, unknown> =>
  typeof json === 'object' && json !== null && !Array.isArray(json);

/**
 * An older application.json as the current version, before the schema checks it; anything else unchanged (an
 * unknown version is refused by the version check, a malformed document by the schema).
 *
 * Version 1 → 2 (issue 14, ADR 0025): version 2 only added `memberParts`, the household members who handed in their
 * own part. A version-1 application was made before members could, so every member's incomes, illness and receipts
 * are in the document itself: `memberParts: []` says exactly that, and nothing else changes. A version-1 document
 * that already has a `memberParts` key is not one this app wrote (version 1's strict schema refused the key): it is
 * left unchanged, so the schema refuses it instead of the migration trusting or overwriting the key.
 */
export function migrateApplicationDocument(json: unknown): unknown {
  if (!isRecord(json) || json.schemaVersion !== 1) return json;
  if ('memberParts' in json) return json;
  return { ...json, schemaVersion: 2, memberParts: [] };
}
