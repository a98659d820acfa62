import { z } from 'zod';
import { memberPartSummarySchema } from '../member-part/member-part-summary';
import { answersSchema, memberRelations } from './draft-answers';
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
  /**
   * The applicant's application-to-be on the server, registered with the first invitation of a family member
   * (ADR 0024): its id and the 256-bit secret that alone reaches its invitations, kept here (and so encrypted at
   * rest with the rest of the draft), plus the members' parts as received — only what the calculation needs
   * (member-part-summary.ts).
   */
  invitations: z
    .object({
      applicationId: z.uuid(),
      applicationSecret: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
      parts: z.array(memberPartSummarySchema).max(20),
    })
    .optional(),
  /**
   * Set on a family member's own draft (issue 14): whose invitation it answers. The member fills in only their
   * own incomes, receipts and chronic-illness certificate; the draft's person is the member. The token reopens
   * the invitation with the code and the date of birth once the member's session has ended.
   */
  memberOf: z
    .object({
      invitationId: z.uuid(),
      /** The member's id in the applicant's draft: the member's part is filed under it. */
      memberId: z.string().min(1).max(64),
      token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
      invitedBy: z.string().max(100),
      givenName: z.string().max(100),
      familyName: z.string().max(100),
      relation: z.enum(memberRelations),
      expiresAt: isoDateTime,
    })
    .optional(),
  /** Index of the files; their bytes are stored one record per file. */
  files: z.array(draftFileSchema).max(3_000),
  /** Parts of an older or damaged draft that could not be read, kept (not discarded) and shown to the user. */
  unreadable: z
    .array(z.object({ part: z.string().max(64), raw: z.unknown() }))
    .max(20)
    .optional(),
});
export type ApplicationDraft = z.infer<typeof applicationDraftSchema>;
