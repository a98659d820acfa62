import { describe, expect, it } from 'vitest';
import { applicationDocumentSchema, applicationDocumentVersion } from './application-document';
import {
  acceptedApplicationDocumentVersions,
  migrateApplicationDocument,
} from './application-document-migration';
import { buildApplicationDocument } from './build-application-document';
import { checkApplication } from './check-application';
import { declared, familyDraft, sampleContext } from './sample-drafts.test-support';

/** The family sample as version 1 wrote it: no memberParts (nobody could hand in a part of their own). */
const versionOne = (): Record<string, unknown> => {
  const built = buildApplicationDocument(checkApplication(declared(familyDraft()), sampleContext), {
    applicationId: 'A-TEST-1',
    createdAt: '2026-11-20T10:00:00+01:00',
    nameAttachments: (refs) => refs.map((_, i) => `anlage-${i + 1}.pdf`),
  });
  if (!built.ok) throw new Error(built.problem.message.en);
  const { memberParts, ...rest } = JSON.parse(JSON.stringify(built.value)) as Record<string, unknown>;
  expect(memberParts).toEqual([]);
  return { ...rest, schemaVersion: 1 };
};

describe('migrateApplicationDocument', () => {
  it('knows version 1 and the current version 2', () => {
    expect(applicationDocumentVersion).toBe(2);
    expect(acceptedApplicationDocumentVersions).toEqual([1, 2]);
  });

  it('turns a version-1 application into version 2 with no member parts, and changes nothing else', () => {
    const old = versionOne();
    const migrated = migrateApplicationDocument(old) as Record<string, unknown>;
    expect(migrated).toEqual({ ...old, schemaVersion: 2, memberParts: [] });
    expect(applicationDocumentSchema.safeParse(migrated).success).toBe(true);
    // The input is not changed: the reader still compares its own version with bag-info.txt.
    expect(old.schemaVersion).toBe(1);
    expect('memberParts' in old).toBe(false);
  });

  it('leaves the current version, unknown versions and non-documents as they are', () => {
    const current = { ...versionOne(), schemaVersion: 2, memberParts: [] };
    expect(migrateApplicationDocument(current)).toBe(current);
    const future = { schemaVersion: 3 };
    expect(migrateApplicationDocument(future)).toBe(future);
    for (const json of [null, 1, 'x', [{ schemaVersion: 1 }]])
      expect(migrateApplicationDocument(json)).toBe(json);
  });

  it('does not trust a version-1 document that already names member parts: the schema refuses it', () => {
    const forged = { ...versionOne(), memberParts: [] };
    const migrated = migrateApplicationDocument(forged);
    expect(migrated).toBe(forged);
    expect(applicationDocumentSchema.safeParse(migrated).success).toBe(false);
  });
});
