import { z } from 'zod';
import {
  attachmentSchema,
  chronicSchema,
  incomeSchema,
  receiptSchema,
} from '../application/application-document';

// data/member-part.json in a family member's own bag (issue 14, ADR 0024, docs/member-part-json.md): the member's
// incomes, chronic-illness answer and receipts as checked values, in the very entry shapes of application.json, so
// that the caseworker reads one format. Strict objects: an unknown key is an error, so a newer writer cannot be
// misread by an older reader. Raise the version with every incompatible change; readers refuse versions they do
// not know.
export const memberPartDocumentVersion = 1;

const isoDate = z.iso.date();
const id = z.string().min(1).max(64);
const text = z.string().max(200);

export const memberPartDocumentSchema = z
  .strictObject({
    schemaVersion: z.literal(memberPartDocumentVersion),
    kind: z.literal('memberPart'),
    /** The invitation the part answers; the server files the part under it. */
    invitationId: z.uuid(),
    /** The member's id in the applicant's draft (application.json members[].id); every entry is filed under it. */
    memberId: id,
    year: z.int(),
    createdAt: z.iso.datetime({ offset: true }),
    rulesVersion: z.string().min(1).max(32),
    member: z.strictObject({ givenName: text, familyName: text, birthDate: isoDate }),
    incomes: z.array(incomeSchema).max(100),
    /** The member said they have no income in the year (then `incomes` is empty). */
    noIncome: z.boolean(),
    chronic: chronicSchema,
    receipts: z.array(receiptSchema).max(3_000),
    /**
     * The member's own declarations, each required: the answers are correct and complete; consent to processing
     * their health data (Art. 9 Abs. 2 lit. a DSGVO: receipts and the certificate reveal it); the duty to cooperate
     * and to report changes (§ 60 SGB I).
     */
    declarations: z.strictObject({
      correct: z.literal(true),
      healthDataConsent: z.literal(true),
      cooperation: z.literal(true),
    }),
    attachments: z.array(attachmentSchema).max(300),
    /**
     * What the applicant's calculation receives of this part (member-part-summary.ts), as the member's app
     * computed it with summarizeMemberPart; the reader recomputes it from the entries and refuses a mismatch.
     */
    summary: z.strictObject({
      incomeCents: z.int().nonnegative(),
      reducedRate: z.boolean(),
      coPayments: z.array(z.strictObject({ date: isoDate, amountCents: z.int().positive() })).max(3_000),
    }),
  })
  .superRefine((document, context) => {
    // One person's part: an entry filed under someone else would reach the applicant's household as theirs.
    const foreign = (path: (string | number)[]) =>
      context.addIssue({
        code: 'custom',
        path,
        message: `must be the part's memberId ${JSON.stringify(document.memberId)}`,
      });
    document.incomes.forEach((income, i) => {
      if (income.memberId !== document.memberId) foreign(['incomes', i, 'memberId']);
    });
    if (document.chronic.memberId !== document.memberId) foreign(['chronic', 'memberId']);
    document.receipts.forEach((receipt, i) => {
      if (receipt.memberId !== document.memberId) foreign(['receipts', i, 'memberId']);
    });
    if (document.noIncome && document.incomes.length > 0)
      context.addIssue({
        code: 'custom',
        path: ['noIncome'],
        message: 'must be false when incomes are given',
      });

    // Every file an entry cites is attached, and every attachment belongs to an entry: a proof must be findable.
    const cited = new Set([
      ...document.incomes.flatMap((income) => income.proofFileIds),
      ...document.chronic.certificateFileIds,
      ...document.receipts.flatMap((receipt) => receipt.fileIds),
    ]);
    const attached = new Set<string>();
    const names = new Set<string>();
    document.attachments.forEach((attachment, i) => {
      if (!cited.has(attachment.fileId))
        context.addIssue({
          code: 'custom',
          path: ['attachments', i, 'fileId'],
          message: 'no income, certificate or receipt cites this file',
        });
      if (attached.has(attachment.fileId))
        context.addIssue({ code: 'custom', path: ['attachments', i, 'fileId'], message: 'listed twice' });
      if (names.has(attachment.name))
        context.addIssue({ code: 'custom', path: ['attachments', i, 'name'], message: 'name used twice' });
      if (attachment.purpose === 'welfare' || attachment.purpose === 'representation')
        context.addIssue({
          code: 'custom',
          path: ['attachments', i, 'purpose'],
          message: "a member's part holds incomes, certificates and receipts only",
        });
      attached.add(attachment.fileId);
      names.add(attachment.name);
    });
    const referencing: [string, readonly string[], (string | number)[]][] = [
      ...document.incomes.map((income, i): [string, readonly string[], (string | number)[]] => [
        'income',
        income.proofFileIds,
        ['incomes', i, 'proofFileIds'],
      ]),
      ['certificate', document.chronic.certificateFileIds, ['chronic', 'certificateFileIds']],
      ...document.receipts.map((receipt, i): [string, readonly string[], (string | number)[]] => [
        'receipt',
        receipt.fileIds,
        ['receipts', i, 'fileIds'],
      ]),
    ];
    for (const [, fileIds, path] of referencing)
      fileIds.forEach((fileId, j) => {
        if (!attached.has(fileId))
          context.addIssue({ code: 'custom', path: [...path, j], message: 'the file is not in attachments' });
      });
  });

export type MemberPartDocument = z.infer<typeof memberPartDocumentSchema>;
