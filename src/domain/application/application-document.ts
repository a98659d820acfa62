import { z } from 'zod';
import { welfareKinds } from '../belastungsgrenze/welfare';
import { relations } from '../household/household-member';
import { memberPartSummarySchema } from '../member-part/member-part-summary';
import { uploadTypes } from '../uploads/upload-policy';
import { paymentCategoryList } from '../zuzahlung/payment-category';
import { certificateDeliveries, incomeEntryTypes, incomePeriods, receiptKinds } from './draft-answers';

// data/application.json in the upload bundle: the application as checked values (never raw typing), so that the
// caseworker's view, the CLI and a back-office import read one documented format (docs/application-json.md).
// Strict objects: an unknown key is an error, so a newer writer cannot be misread by an older reader. Raise the
// version with every incompatible change; readers refuse versions they do not know, and migrate the older ones they
// do know (application-document-migration.ts). Version 2 (issue 14, ADR 0025) added `memberParts`.
export const applicationDocumentVersion = 2;

const isoDate = z.iso.date();
const cents = z.int().nonnegative();
const id = z.string().min(1).max(64);
const text = z.string().max(200);

const address = z.strictObject({ street: text, postalCode: z.string().regex(/^\d{5}$/), city: text });

const member = z.strictObject({
  id,
  relation: z.enum(relations),
  givenName: text,
  familyName: text,
  birthDate: isoDate,
  kvnr: z.string().max(10).nullable(),
  /** 'same' = the insurer that receives the application; otherwise the other insurer's name. */
  insurer: z.union([z.literal('same'), z.strictObject({ other: text })]),
  familyInsured: z.boolean(),
  livesInCareHome: z.boolean(),
  /** Whether the member counts for the year, and why (§ 62 Abs. 2 S. 1 SGB V), as the app decided it. */
  counts: z.boolean(),
  countReason: z.string().max(64),
});

/** One income of a member (application.json incomes[], a member's part). */
export const incomeSchema = z.strictObject({
  id,
  memberId: id,
  type: z.enum(incomeEntryTypes),
  description: text,
  amountCents: cents,
  period: z.enum(incomePeriods),
  months: z.int().min(1).max(12).nullable(),
  annualCents: cents,
  proof: z.enum(['upload', 'post', 'none']),
  proofFileIds: z.array(id),
});

/** One person's chronic-illness answer (application.json chronic[], a member's part). */
export const chronicSchema = z.strictObject({
  memberId: id,
  chronicallyIll: z.boolean(),
  certificate: z.enum(certificateDeliveries).nullable(),
  certificateFileIds: z.array(id),
  /**
   * "Ausgestellt am" of an uploaded Muster 55, when the applicant gave it; absent otherwise. Optional, so
   * documents without it stay valid (as `advancePayment`). It is renewed one year later (rules.md § 4).
   */
  certificateIssuedOn: isoDate.optional(),
});

/** One receipt (application.json receipts[], a member's part). */
export const receiptSchema = z.strictObject({
  id,
  kind: z.enum(receiptKinds),
  memberId: id,
  /** The day the payment counts on: the date paid, or the last day of an annual summary's period. */
  countsOn: isoDate,
  periodFrom: isoDate.nullable(),
  periodTo: isoDate.nullable(),
  category: z.enum(paymentCategoryList),
  provider: text,
  amountCents: z.int().positive(),
  description: text,
  fileIds: z.array(id),
});

/** One attached file (application.json attachments[], a member's part). */
export const attachmentSchema = z.strictObject({
  fileId: id,
  name: z.string().min(1).max(120),
  type: z.enum(uploadTypes),
  purpose: z.enum(['receipt', 'income', 'welfare', 'certificate', 'representation']),
  /** The receipt, income or member the file belongs to. */
  refId: id.nullable(),
});

export const applicationDocumentSchema = z
  .strictObject({
    schemaVersion: z.literal(applicationDocumentVersion),
    applicationId: id,
    /**
     * A further application for the same person and year (documents sent later, a changed household), made by
     * the explicit choice "Weiteren Antrag stellen": the earlier application's reference, so that the
     * caseworker's queue can flag it. Optional and absent otherwise: documents without it stay valid (ADR 0016).
     */
    furtherApplicationTo: z.strictObject({ reference: z.string().regex(/^ZB-\d{4}-\d{6}$/) }).optional(),
    year: z.int(),
    createdAt: z.iso.datetime({ offset: true }),
    rulesVersion: z.string().min(1).max(32),
    /** Rule options the result was computed with (docs/rules/rules.md § 1, the 2024 child figure). */
    ruleOptions: z.strictObject({ child2024Retroactive: z.boolean() }),
    applicant: z.strictObject({
      givenName: text,
      familyName: text,
      birthDate: isoDate,
      kvnr: z.string().length(10),
      address,
      phone: text.nullable(),
      email: text.nullable(),
    }),
    representative: z
      .strictObject({
        kind: z.enum(['vollmacht', 'betreuung']),
        givenName: text,
        familyName: text,
        address,
        phone: text.nullable(),
        email: text.nullable(),
        documentFileIds: z.array(id),
      })
      .nullable(),
    bank: z.strictObject({ iban: z.string().max(34), accountHolder: text }),
    /** Everyone in the household; the applicant first, with id 'applicant'. */
    members: z.array(member).min(1).max(21),
    welfare: z.strictObject({ kind: z.enum(welfareKinds), noticeFileIds: z.array(id) }),
    incomes: z.array(incomeSchema),
    noIncomeMemberIds: z.array(id),
    chronic: z.array(chronicSchema),
    receipts: z.array(receiptSchema),
    declarations: z.strictObject({
      correct: z.literal(true),
      consent: z.literal(true),
      /**
       * How the decision (Bescheid) is made known: true = the applicant consented to notification by retrieval on
       * the status page (§ 37 Abs. 2a SGB X; the letter still goes by post), false = "Nur per Post"; absent = not
       * answered, which is no consent. Optional, so documents without it stay valid (ADR 0016).
       */
      electronicNotification: z.boolean().optional(),
    }),
    /** Every attached file: its name in the bundle's data/ folder and what it proves. */
    attachments: z.array(attachmentSchema),
    /**
     * The household members who handed in their own part (issue 14, ADR 0024/0025): for each, exactly what the
     * applicant's app received of it — the counted income sum, whether the 1 % rate applies (§ 62 Abs. 1 S. 2
     * SGB V) and each counted co-payment's date and amount — and the SHA-256 of the member's own bag, which the
     * insurer receives separately and which holds the incomes, receipts and certificate behind these figures. Such a
     * member has no entries in incomes, chronic, receipts or noIncomeMemberIds. Empty when nobody did; one entry
     * per member, and only for a member of the household other than the applicant.
     */
    memberParts: z.array(memberPartSummarySchema).max(20),
    /**
     * An application for the advance payment (Vorauszahlung, docs/rules/rules.md § 7); absent for an ordinary one.
     * Optional, so documents without it stay valid (as `furtherApplicationTo`, ADR 0016). The bundle reader checks
     * the amount against the limit it recomputes: the full limit, or the limit minus `paidBeforeCents`.
     */
    advancePayment: z
      .strictObject({
        option: z.enum(['full', 'rest']),
        amountCents: z.int().positive(),
        /** Counted co-payments of the year already made (their receipts are attached); 0 for 'full'. */
        paidBeforeCents: cents,
        method: z.enum(['transfer', 'directDebit']),
        /** The one-off SEPA Core mandate (EPC016, DS-01), for 'directDebit' only. */
        mandate: z
          .strictObject({
            creditorName: z.string().min(1).max(70),
            creditorId: z.string().min(8).max(35),
            mandateReference: z.string().regex(/^[A-Z0-9]{1,35}$/),
            accountHolder: z.string().min(1).max(70),
            iban: z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/),
            signedOn: isoDate,
            /** The pre-notified debit date, 14 days after signing (rulebook PT-04.03). */
            debitOn: isoDate,
          })
          .nullable(),
      })
      .optional(),
    /** The applicant's result as the app showed it; the caseworker recomputes and compares. */
    calculation: z.strictObject({
      limitCents: cents,
      ratePercent: z.union([z.literal(1), z.literal(2)]),
      paidCents: cents,
      limitReachedOn: isoDate.nullable(),
      refundCents: cents,
      provisional: z.boolean(),
    }),
  })
  .superRefine((document, ctx) => {
    const memberIds = new Set(document.members.filter((m) => m.relation !== 'applicant').map((m) => m.id));
    const seen = new Set<string>();
    document.memberParts.forEach(({ memberId }, i) => {
      // A part answers one member's invitation: it cannot stand for the applicant, a stranger, or twice for one.
      if (!memberIds.has(memberId) || seen.has(memberId))
        ctx.addIssue({
          code: 'custom',
          path: ['memberParts', i, 'memberId'],
          message: seen.has(memberId) ? 'names a member twice' : 'names no member of the household',
          params: {
            de: seen.has(memberId)
              ? `"${memberId}" hat schon einen Teil`
              : `kein Haushaltsmitglied (außer der antragstellenden Person) mit id "${memberId}"`,
            en: seen.has(memberId)
              ? `"${memberId}" already has a part`
              : `no household member (other than the applicant) has id "${memberId}"`,
          },
        });
      if (memberIds.has(memberId)) seen.add(memberId);
    });
    // The part is all the application says about that member's money and illness: an entry of theirs elsewhere would
    // be counted twice or contradict it (§ 62 Abs. 2 S. 1 SGB V counts each income and co-payment once).
    const entries: [string, readonly { memberId: string }[]][] = [
      ['incomes', document.incomes],
      ['chronic', document.chronic],
      ['receipts', document.receipts],
      ['noIncomeMemberIds', document.noIncomeMemberIds.map((memberId) => ({ memberId }))],
    ];
    for (const [key, list] of entries)
      list.forEach(({ memberId }, i) => {
        if (!seen.has(memberId)) return;
        ctx.addIssue({
          code: 'custom',
          path: [key, i],
          message: 'belongs to a member who handed in their own part',
          params: {
            de: `gehört zu "${memberId}", dessen Teil gesondert eingereicht ist (memberParts)`,
            en: `belongs to "${memberId}", whose part is provided separately (memberParts)`,
          },
        });
      });
  });

export type ApplicationDocument = z.infer<typeof applicationDocumentSchema>;
export type ApplicationAttachment = ApplicationDocument['attachments'][number];
