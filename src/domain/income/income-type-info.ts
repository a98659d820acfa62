import type { LocalizedText } from '../validation/result';

// 'partly' means a rule in countableAnnualCents() (income-countable-part.ts) takes a part out.
export type IncomeCounts = 'yes' | 'no' | 'partly';

export type IncomeTypeInfo = {
  counts: IncomeCounts;
  label: LocalizedText;
  /** One sentence: whether and why it counts, with its source. */
  explanation: LocalizedText;
  /** Set on the catch-all entry: a caseworker has to classify it (docs/rules/rules.md § 5). */
  needsClassification?: true;
};

export const incomeInfo = (
  counts: IncomeCounts,
  [labelDe, labelEn]: readonly [string, string],
  [whyDe, whyEn]: readonly [string, string],
): IncomeTypeInfo => ({
  counts,
  label: { de: labelDe, en: labelEn },
  explanation: { de: whyDe, en: whyEn },
});
