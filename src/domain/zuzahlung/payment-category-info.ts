import type { LocalizedText } from '../validation/result';

// How § 61 SGB V computes the legal co-payment for a category (see legal-zuzahlung.ts);
// 'none' for own shares that are no Zuzahlung at all.
export type LegalZuzahlungKind = 'percentage' | 'percentagePerDay' | 'perDay' | 'perPrescription' | 'none';

export type PaymentCategoryInfo = {
  countsTowardLimit: boolean;
  legalKind: LegalZuzahlungKind;
  label: LocalizedText;
  /**
   * For the applicant: how much it is, or why it does not count, in short plain sentences. No citations
   * (docs/rules/plain-language.md).
   */
  explanation: LocalizedText;
  /** The paragraph of the law, for a "Warum?" disclosure, the documents and the caseworker. */
  law: string;
};

export const categoryInfo = (
  countsTowardLimit: boolean,
  legalKind: LegalZuzahlungKind,
  [labelDe, labelEn]: readonly [string, string],
  [whyDe, whyEn]: readonly [string, string],
  law: string,
): PaymentCategoryInfo => ({
  countsTowardLimit,
  legalKind,
  label: { de: labelDe, en: labelEn },
  explanation: { de: whyDe, en: whyEn },
  law,
});
