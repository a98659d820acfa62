import type { Cents } from '../../domain/money/cents';
import type { LimitCaseOutput } from '../../domain/limit-case/compute-limit-case';

// What the Antrag PDF shows, as plain data: independent of the wizard's draft format, so the
// renderer can be tested with hand-built households and the mapper (domain application ->
// AntragContent) is written once. Every text that depends on the household (labels of income
// types and payment categories, reasons, declarations) arrives here already in `language`; the
// fixed copy of the form itself lives in antrag-messages.ts.

export type AntragLanguage = 'de' | 'en';

/** Calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

export type AntragAddress = { street: string; postalCode: string; city: string };

export type AntragRepresentative = {
  /** Vollmacht (power of attorney) or rechtliche Betreuung (§ 1814 BGB). */
  kind: 'vollmacht' | 'betreuung';
  name: string;
  address: AntragAddress | null;
};

export type AntragApplicant = {
  name: string;
  birthDate: IsoDate;
  /** Krankenversichertennummer, 10 characters (§ 290 SGB V). */
  kvnr: string;
  address: AntragAddress;
  phone: string | null;
  email: string | null;
  representative: AntragRepresentative | null;
  /** Account for a refund; null when nothing is to be refunded or no account was given. */
  bank: { iban: string; holder: string } | null;
};

export type AntragRelation = 'applicant' | 'spouse' | 'child' | 'other';

export type AntragHouseholdMember = {
  /** The same ids as in `calculation.output` (member ids of the rule engine). */
  id: string;
  name: string;
  relation: AntragRelation;
  birthDate: IsoDate;
  kvnr: string | null;
  insurer: string;
  familyInsured: boolean;
  counts: boolean;
  /** Why the member counts or not (the rule engine's explanation, § 62 Abs. 2 S. 1 SGB V). */
  reason: string;
};

export type AntragWelfare = { label: string } | null;

export type AntragIncomePeriod = 'month' | 'quarter' | 'year' | 'once';

export type AntragIncome = {
  memberId: string;
  typeLabel: string;
  counts: 'yes' | 'no' | 'partly';
  reason: string;
  amountCents: Cents;
  period: AntragIncomePeriod;
  annualCents: Cents;
};

export type AntragChronicIllness = {
  memberId: string;
  chronicallyIll: boolean;
  /** How the Muster-55 certificate arrives; null when the member is not chronically ill. */
  proof: 'uploaded' | 'doctorSends' | null;
};

export type AntragReceiptDate = { on: IsoDate } | { from: IsoDate; to: IsoDate };

export type AntragReceipt = {
  date: AntragReceiptDate;
  memberId: string;
  categoryLabel: string;
  /** Whether the payment counts toward the limit (category and member both count). */
  counts: boolean;
  provider: string;
  amountCents: Cents;
  description: string | null;
};

/**
 * A household member's own part (application.json `memberParts`, issue 14): handed in by the member, so the
 * application knows only these figures — no receipts, providers, kinds of payment or diagnoses — and the PDF
 * shows that member's incomes, illness and receipts as "separately provided" with them.
 */
export type AntragMemberPart = {
  memberId: string;
  /** Who handed it in: the member's name as in the household. */
  name: string;
  /** The member's income that counts for the year (§ 62 Abs. 2 S. 1 SGB V). */
  incomeCents: Cents;
  /** The member's co-payments that count (§ 61 SGB V): how many and their sum. */
  coPaymentCount: number;
  coPaymentsCents: Cents;
  /** The member is seriously chronically ill: the 1 % rate applies to the household (§ 62 Abs. 1 S. 2 SGB V). */
  reducedRate: boolean;
  /** SHA-256 of the member's own bag, which the insurer receives separately. */
  sha256: string;
};

export type AntragCalculation = {
  /** Exactly what the rule engine computed (computeLimitCase), never recomputed here. */
  output: LimitCaseOutput;
  /** Display names for the member ids the output refers to. */
  memberNames: Readonly<Record<string, string>>;
};

/**
 * An application for the advance payment (application.json `advancePayment`): the amount, how it follows from the
 * limit, the way to pay and, for a direct debit, the one-off SEPA mandate as the applicant gave it.
 */
export type AntragAdvancePayment = {
  option: 'full' | 'rest';
  amountCents: number;
  paidBeforeCents: number;
  method: 'transfer' | 'directDebit';
  mandate: {
    creditorName: string;
    creditorId: string;
    mandateReference: string;
    accountHolder: string;
    iban: string;
    signedOn: IsoDate;
    debitOn: IsoDate;
  } | null;
};

export type AntragDeclaration = { text: string; accepted: boolean };

export type AntragAttachment = { fileName: string; proves: string };

export type AntragPostItem = { document: string; reason: string };

export type AntragContent = {
  /** 'en' renders an English reading copy; the German application is the one that counts. */
  language: AntragLanguage;
  /** The insurer the application is sent to: the PDF names it (insurer-name.ts). */
  insurerName: string;
  /** The application number (`ZBA-…`): the PDF is built before sending, so it carries it. */
  applicationId: string;
  /** The reference of the earlier application this one adds to (documents sent later, a changed household). */
  furtherApplicationTo: string | null;
  year: number;
  /** Figures of law not yet published (docs/rules/rules.md § 1): every document must say so. */
  provisional: boolean;
  applicant: AntragApplicant;
  household: readonly AntragHouseholdMember[];
  welfare: AntragWelfare;
  incomes: readonly AntragIncome[];
  chronicIllness: readonly AntragChronicIllness[];
  receipts: readonly AntragReceipt[];
  /** Members who handed in their own part; their incomes, illness and receipts are not in the lists above. */
  memberParts: readonly AntragMemberPart[];
  calculation: AntragCalculation;
  /** Only for an application for the advance payment. */
  advancePayment: AntragAdvancePayment | null;
  declarations: readonly AntragDeclaration[];
  /**
   * How the decision (Bescheid) is to be made known, as chosen on the check page: true = consent to notification
   * by retrieval on the status page (§ 37 Abs. 2a SGB X) besides the letter, false = by post only, null = not
   * answered (post only).
   */
  electronicNotification: boolean | null;
  /**
   * Where the applicant lives and the Berlin day the application was made. The Antrag is always sent online (there
   * is no paper route for it, only for proofs), so the PDF prints no signature line but "made online on".
   */
  signature: { place: string; date: IsoDate };
  attachments: readonly AntragAttachment[];
  toSendByPost: readonly AntragPostItem[];
  /**
   * When the document was made, ISO 8601 with offset (`2026-03-14T10:30:00+01:00`): a parameter,
   * never the clock, so the same content always gives the same PDF.
   */
  createdAt: string;
};
