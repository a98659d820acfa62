import type { Problem } from '../../domain/validation/result';

/**
 * The default check of data/application.json until the domain's schema is wired in: the application must
 * name a `schemaVersion` this reader knows. An app version newer than the caseworkers' would otherwise be
 * misread silently.
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
