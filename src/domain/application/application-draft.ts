import { z } from 'zod';
import { answersSchema } from './draft-answers';
import { draftSchemaVersion } from './new-draft';

export { createDraft, draftSchemaVersion } from './new-draft';

const isoDateTime = z.iso.datetime({ offset: true });

export const draftFileSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().max(255),
  type: z.enum(['image/jpeg', 'image/png', 'application/pdf']),
  size: z.number().int().nonnegative(),
  addedAt: isoDateTime,
});
export type DraftFile = z.infer<typeof draftFileSchema>;

export const applicationDraftSchema = z.object({
  schemaVersion: z.literal(draftSchemaVersion),
  id: z.string().min(1).max(64),
  year: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** The page the user last saw, to resume where they left off. */
  lastPath: z.string().max(200).optional(),
  /**
   * Set on a further application for the same person and year (documents sent later, a changed household),
   * started by the explicit choice "Weiteren Antrag stellen" on a sent draft: the earlier application's
   * reference, so that the caseworker's queue can flag it (ADR 0016).
   */
  furtherApplicationTo: z.object({ reference: z.string().regex(/^ZB-\d{4}-\d{6}$/) }).optional(),
  answers: answersSchema,
  /** Index of the files; their bytes are stored one record per file. */
  files: z.array(draftFileSchema).max(3_000),
  /** Parts of an older or damaged draft that could not be read, kept (not discarded) and shown to the user. */
  unreadable: z
    .array(z.object({ part: z.string().max(64), raw: z.unknown() }))
    .max(20)
    .optional(),
});
export type ApplicationDraft = z.infer<typeof applicationDraftSchema>;
