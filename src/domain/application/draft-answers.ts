import { z } from 'zod';
import { welfareKinds } from '../belastungsgrenze/welfare';
import { incomeTypes } from '../income/income-catalogue';
import { paymentCategoryList } from '../zuzahlung/payment-category';

// What the user typed, page by page, exactly as typed: the draft keeps raw text so that nothing is lost when a
// value is not (yet) valid. The step schemas (steps/*.ts) turn these into checked values.
// Every field is optional: a page not yet visited has no answers. Bounds only stop absurd sizes.
const raw = z.string().max(2_000);
const id = z.string().min(1).max(64);
const fileIds = z.array(id).max(100);
const yesNo = z.enum(['yes', 'no']);

/** The applicant's id wherever a member is referenced (incomes, chronic illness). */
export const applicantId = 'applicant';

export const personAnswersSchema = z
  .object({
    givenName: raw,
    familyName: raw,
    birthDate: raw,
    kvnr: raw,
    street: raw,
    postalCode: raw,
    city: raw,
    phone: raw,
    email: raw,
  })
  .partial();

export const representationKinds = ['self', 'vollmacht', 'betreuung'] as const;
export type RepresentationKind = (typeof representationKinds)[number];

export const representationAnswersSchema = z
  .object({
    kind: z.enum(representationKinds),
    givenName: raw,
    familyName: raw,
    street: raw,
    postalCode: raw,
    city: raw,
    phone: raw,
    email: raw,
    documentFileIds: fileIds,
  })
  .partial();

export const bankAnswersSchema = z.object({ iban: raw, accountHolder: raw }).partial();

export const memberRelations = ['spouse', 'child', 'other'] as const;

export const memberAnswersSchema = z.object({
  id,
  relation: z.enum(memberRelations).optional(),
  givenName: raw.optional(),
  familyName: raw.optional(),
  birthDate: raw.optional(),
  kvnr: raw.optional(),
  /** Insured with this insurer ('same') or elsewhere ('other', then insurerName). */
  insurer: z.enum(['same', 'other']).optional(),
  insurerName: raw.optional(),
  familyInsured: yesNo.optional(),
  livesInCareHome: yesNo.optional(),
});
export type MemberAnswers = z.infer<typeof memberAnswersSchema>;

export const householdAnswersSchema = z
  .object({
    members: z.array(memberAnswersSchema).max(20),
    /** The user said nobody else lives in the household (GOV.UK add-another: "Weitere Person hinzufügen?" → Nein). */
    complete: z.boolean(),
  })
  .partial();

export const welfareAnswersSchema = z
  .object({ kind: z.enum(welfareKinds), noticeFileIds: fileIds })
  .partial();

export const incomeEntryTypes = [...incomeTypes] as const;
export const incomePeriods = ['month', 'year', 'once'] as const;
export type IncomePeriod = (typeof incomePeriods)[number];

export const incomeEntryAnswersSchema = z.object({
  id,
  memberId: id.optional(),
  type: z.enum(incomeEntryTypes).optional(),
  /** Required for the catch-all type 'other': what it is. */
  description: raw.optional(),
  amount: raw.optional(),
  period: z.enum(incomePeriods).optional(),
  /** For monthly amounts: in how many months of the year it was paid (default 12). */
  months: raw.optional(),
  proof: z.enum(['upload', 'post']).optional(),
  proofFileIds: fileIds.optional(),
});
export type IncomeEntryAnswers = z.infer<typeof incomeEntryAnswersSchema>;

export const incomeAnswersSchema = z
  .object({
    entries: z.array(incomeEntryAnswersSchema).max(300),
    /** Members the user declared to have no income at all this year. */
    noIncomeMemberIds: z.array(id).max(21),
    complete: z.boolean(),
  })
  .partial();

export const certificateDeliveries = ['upload', 'doctorSends'] as const;

export const chronicMemberAnswersSchema = z.object({
  memberId: id,
  chronicallyIll: yesNo.optional(),
  certificate: z.enum(certificateDeliveries).optional(),
  certificateFileIds: fileIds.optional(),
  /** "Ausgestellt am": the day the uploaded Muster 55 was issued, as typed; optional. */
  certificateIssuedOn: raw.optional(),
});
export type ChronicMemberAnswers = z.infer<typeof chronicMemberAnswersSchema>;

export const chronicAnswersSchema = z
  .object({ members: z.array(chronicMemberAnswersSchema).max(21) })
  .partial();

/** A single receipt, or a pharmacy's annual summary (Jahresübersicht / Sammelquittung) covering a period. */
export const receiptKinds = ['single', 'summary'] as const;
export type ReceiptKind = (typeof receiptKinds)[number];

export const receiptEntryAnswersSchema = z.object({
  id,
  kind: z.enum(receiptKinds).optional(),
  memberId: id.optional(),
  /** Single receipt: the day it was paid (docs/rules/rules.md § 6: a payment belongs to the date it was paid). */
  date: raw.optional(),
  /** Annual summary: the period it covers; it counts on the period's last day ("spätestens am"). */
  periodFrom: raw.optional(),
  periodTo: raw.optional(),
  category: z.enum(paymentCategoryList).optional(),
  provider: raw.optional(),
  amount: raw.optional(),
  description: raw.optional(),
  fileIds: fileIds.optional(),
});
export type ReceiptEntryAnswers = z.infer<typeof receiptEntryAnswersSchema>;

export const receiptAnswersSchema = z
  .object({
    entries: z.array(receiptEntryAnswersSchema).max(2_000),
    /** The user said every receipt of the year is entered. */
    complete: z.boolean(),
  })
  .partial();

/**
 * The two declarations before sending, ticked on the check page: the answers are correct and complete (changes
 * will be reported), and consent to processing the health data for this application (Art. 9 DSGVO, § 284 SGB V).
 * Then one optional choice, asked on the same page: how the decision (Bescheid) is to reach the applicant —
 * 'no' only by post, 'yes' by post and also for retrieval on the status page, which with this consent counts as
 * its notification (Bekanntgabe, § 37 Abs. 2a SGB X). Absent = not answered = no consent; sending never waits on it.
 */
export const declarationAnswersSchema = z
  .object({ correct: z.boolean(), consent: z.boolean(), electronicNotification: yesNo })
  .partial();

/**
 * The advance payment (Vorauszahlung, docs/rules/rules.md § 7): whether to pay the limit in advance and how much
 * ('full' the whole limit, 'rest' the limit minus co-payments already made, 'none' no advance payment — only for
 * the current year; next year's application is one), and how: by transfer or by a one-off SEPA mandate. The
 * creditor's name and identifier are kept as they stood in the mandate text the applicant agreed to.
 */
export const advanceOptionAnswers = ['full', 'rest', 'none'] as const;
export const advanceMethodAnswers = ['transfer', 'directDebit'] as const;
export const advancePaymentAnswersSchema = z
  .object({
    option: z.enum(advanceOptionAnswers),
    method: z.enum(advanceMethodAnswers),
    accountHolder: raw,
    iban: raw,
    mandate: z.boolean(),
    creditorName: raw,
    creditorId: raw,
  })
  .partial();
export type AdvancePaymentAnswers = z.infer<typeof advancePaymentAnswersSchema>;

export const answersSchema = z
  .object({
    person: personAnswersSchema,
    representation: representationAnswersSchema,
    bank: bankAnswersSchema,
    household: householdAnswersSchema,
    welfare: welfareAnswersSchema,
    incomes: incomeAnswersSchema,
    chronic: chronicAnswersSchema,
    receipts: receiptAnswersSchema,
    advancePayment: advancePaymentAnswersSchema,
    declarations: declarationAnswersSchema,
  })
  .partial();

export type Answers = z.infer<typeof answersSchema>;
export type AnswerSection = keyof Answers;
export const answerSections = Object.keys(answersSchema.shape) as AnswerSection[];
