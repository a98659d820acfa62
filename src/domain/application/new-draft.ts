import type { ApplicationDraft } from './application-draft';

// Version of the stored draft's shape. Raise it with every incompatible change and add a step to
// stored-draft.ts's migrations, so that drafts people keep for weeks still open after an update.
// Kept apart from the schema so that starting a draft does not load zod (issue 11: the first page's JS).
export const draftSchemaVersion = 1;

export function createDraft(id: string, year: number, now: string): ApplicationDraft {
  return {
    schemaVersion: draftSchemaVersion,
    id,
    year,
    createdAt: now,
    updatedAt: now,
    answers: {},
    files: [],
  };
}
