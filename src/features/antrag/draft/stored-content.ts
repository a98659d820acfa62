import type { ApplicationDraft } from '../../../domain/application/application-draft';
import { draftSchemaVersion } from '../../../domain/application/new-draft';

/** A draft as the store keeps it: its id and year in the clear for the index, the draft itself sealed. */
export const storedContent = (draft: ApplicationDraft) => ({
  id: draft.id,
  year: draft.year,
  schemaVersion: draftSchemaVersion,
  content: draft,
});
