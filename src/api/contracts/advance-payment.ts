import { z } from 'zod';

/**
 * The advance payment (Vorauszahlung) after sending: what the insurer expects, whether it arrived, and the
 * exemption it bought for each covered person. The status answer (reference + Abrufcode) carries it; the insurer's
 * backend and its msw twin serve the same shapes (tests/contract).
 */

/** erwartet: the application is in, the money not yet; eingegangen: it arrived; zurueckgebucht: a debit came back. */
export const advancePaymentStates = ['erwartet', 'eingegangen', 'zurueckgebucht'] as const;
export const advancePaymentStateSchema = z.enum(advancePaymentStates);
export type AdvancePaymentState = z.infer<typeof advancePaymentStateSchema>;

export const advancePaymentMethodSchema = z.enum(['transfer', 'directDebit']);
export type AdvancePaymentMethod = z.infer<typeof advancePaymentMethodSchema>;

/**
 * Why a direct debit came back (ISO 20022 reason codes of SEPA R-transactions, EPC016 Annex): AM04 insufficient
 * funds, AC04 account closed, MD06 refund requested by the debtor, MS02 refused by the debtor, MS03 reason not given.
 * The app says each in plain words.
 */
export const returnReasonCodes = ['AM04', 'AC04', 'MD06', 'MS02', 'MS03'] as const;
export const returnReasonSchema = z.enum(returnReasonCodes);
export type ReturnReason = z.infer<typeof returnReasonSchema>;

export const paymentReferenceSchema = z.discriminatedUnion('style', [
  z.strictObject({ style: z.literal('structured'), reference: z.string().regex(/^RF\d{2}[A-Z0-9]{1,21}$/) }),
  z.strictObject({ style: z.literal('text'), remittance: z.string().min(1).max(140) }),
]);

export const advancePaymentStatusSchema = z.strictObject({
  state: advancePaymentStateSchema,
  year: z.number().int(),
  method: advancePaymentMethodSchema,
  option: z.enum(['full', 'rest']),
  amountCents: z.number().int().positive(),
  /** What the transfer must carry; for a direct debit, what the bank statement will show. */
  paymentReference: paymentReferenceSchema,
  /** For a direct debit: the day the insurer debits (the pre-notification's date). */
  debitOn: z.iso.date().optional(),
  receivedOn: z.iso.date().optional(),
  returnedOn: z.iso.date().optional(),
  returnReason: returnReasonSchema.optional(),
});
export type AdvancePaymentStatus = z.infer<typeof advancePaymentStatusSchema>;

/**
 * One exemption card (Befreiungsausweis) per covered person: the health card's co-payment status
 * ({status, gueltigAb, gueltigBis}, FHIR extension gkv/zuzahlungsstatus) with what the card prints. Only the
 * applicant's own status answer carries it (reference + Abrufcode); never a list, never a log.
 */
export const exemptionCardSchema = z.strictObject({
  memberId: z.string().min(1).max(64),
  givenName: z.string().min(1).max(200),
  familyName: z.string().min(1).max(200),
  kvnr: z.string().regex(/^[A-Z]\d{9}$/),
  birthDate: z.iso.date(),
  /** The application's reference: what a pharmacy quotes when it asks the insurer. */
  cardNumber: z.string().regex(/^ZB-\d{4}-\d{6}$/),
  insurerName: z.string().min(1).max(200),
  status: z.boolean(),
  gueltigAb: z.iso.date(),
  gueltigBis: z.iso.date(),
  /** Set when the exemption ended early (a returned debit): the day it ended. */
  endedOn: z.iso.date().optional(),
});
export type ExemptionCard = z.infer<typeof exemptionCardSchema>;

/** Counted members insured elsewhere: their own insurer exempts them (named as the applicant typed it). */
export const exemptedElsewhereSchema = z.strictObject({
  memberId: z.string().min(1).max(64),
  givenName: z.string().min(1).max(200),
  familyName: z.string().min(1).max(200),
});

/** Demo and tests only (and the caseworker's work, later): the money arrived, or a debit came back. */
export const mockAdvancePaymentPath = '/api/__mock/submissions/:reference/advance-payment';
export const mockAdvancePaymentRequestSchema = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('received'), on: z.iso.date() }),
  z.strictObject({ outcome: z.literal('returned'), on: z.iso.date(), reason: returnReasonSchema }),
]);
export type MockAdvancePaymentRequest = z.infer<typeof mockAdvancePaymentRequestSchema>;

export const advancePaymentProblemCodes = {
  /** 409: the submission is not an advance payment, or the step does not follow (returned before received). */
  notAdvancePayment: 'advancePayment.none',
  transition: 'advancePayment.transition',
} as const;
