import type { LocalizedText } from '../validation/result';

// How § 61 SGB V computes the legal co-payment for a category (see legal-zuzahlung.ts);
// 'none' for own shares that are no Zuzahlung at all.
export type LegalZuzahlungKind = 'percentage' | 'percentagePerDay' | 'perDay' | 'perPrescription' | 'none';

export type PaymentCategoryInfo = {
  countsTowardLimit: boolean;
  legalKind: LegalZuzahlungKind;
  label: LocalizedText;
  /** One sentence: how much it is or why it does not count, with its source. */
  explanation: LocalizedText;
};

export const categoryInfo = (
  countsTowardLimit: boolean,
  legalKind: LegalZuzahlungKind,
  [labelDe, labelEn]: readonly [string, string],
  [whyDe, whyEn]: readonly [string, string],
): PaymentCategoryInfo => ({
  countsTowardLimit,
  legalKind,
  label: { de: labelDe, en: labelEn },
  explanation: { de: whyDe, en: whyEn },
});
