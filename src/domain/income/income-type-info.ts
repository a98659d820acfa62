import type { LocalizedText } from '../validation/result';

// 'partly' means a rule in countableAnnualCents() (income-countable-part.ts) takes a part out.
export type IncomeCounts = 'yes' | 'no' | 'partly';

export type IncomeTypeInfo = {
  counts: IncomeCounts;
  label: LocalizedText;
  /**
   * For the applicant: a short plain reason, shown after "Zählt:" / "Zählt nicht:". No citations, no case law
   * (docs/rules/plain-language.md).
   */
  explanation: LocalizedText;
  /** The paragraph of the law, for a "Warum?" disclosure and the documents. */
  law: string;
  /** For the caseworker: the full source, case law included, and where our summary of it lives. */
  source: string;
  /** Set on the catch-all entry: a caseworker has to classify it (docs/rules/rules.md § 5). */
  needsClassification?: true;
};

export const incomeInfo = (
  counts: IncomeCounts,
  [labelDe, labelEn]: readonly [string, string],
  [whyDe, whyEn]: readonly [string, string],
  law: string,
  source: string = `${law}; docs/rules/rules.md § 5`,
): IncomeTypeInfo => ({
  counts,
  label: { de: labelDe, en: labelEn },
  explanation: { de: whyDe, en: whyEn },
  law,
  source,
});
