import type { LocalizedText } from '../validation/result';

export type CountReason =
  | 'applicant'
  | 'spouse'
  | 'spouseInCareHome'
  | 'childUpTo18'
  | 'childFamilyInsured'
  | 'childOwnMembership'
  | 'otherDependant';

// One sentence per reason, citing the rule (docs/rules/rules.md § 2).
export const countReasonTexts: Record<CountReason, LocalizedText> = {
  applicant: {
    de: 'Antragsteller/in: zählt immer (§ 62 Abs. 2 S. 1 SGB V).',
    en: 'Applicant: always counts (§ 62 Abs. 2 S. 1 SGB V).',
  },
  spouse: {
    de: 'Ehegatte oder eingetragene/r Lebenspartner/in im gemeinsamen Haushalt: zählt (§ 62 Abs. 2 S. 1 SGB V).',
    en: 'Spouse or registered partner in the same household: counts (§ 62 Abs. 2 S. 1 SGB V).',
  },
  spouseInCareHome: {
    de: 'Ehegatte oder Lebenspartner/in: zählt auch bei dauerhafter Unterbringung in einer vollstationären Pflegeeinrichtung (§ 62 Abs. 2 S. 7 SGB V).',
    en: 'Spouse or registered partner: counts also when living permanently in a care home (§ 62 Abs. 2 S. 7 SGB V).',
  },
  childUpTo18: {
    de: 'Kind: zählt bis einschließlich des Kalenderjahres, in dem es 18 wird, unabhängig von der Versicherung (BSG 26.06.2007, B 1 KR 41/06 R).',
    en: 'Child: counts up to and including the calendar year in which it turns 18, whatever its insurance (BSG 26.06.2007, B 1 KR 41/06 R).',
  },
  childFamilyInsured: {
    de: 'Kind: zählt ab dem Kalenderjahr, in dem es 19 wird, weil es familienversichert ist (§ 10 SGB V, § 62 Abs. 2 S. 1 SGB V).',
    en: 'Child: counts from the calendar year in which it turns 19 because it is family-insured (§ 10 SGB V, § 62 Abs. 2 S. 1 SGB V).',
  },
  childOwnMembership: {
    de: 'Kind: zählt nicht, denn ab dem Kalenderjahr, in dem es 19 wird, zählt es nur als Familienversicherte/r (§ 10 SGB V); es hat eine eigene Belastungsgrenze.',
    en: 'Child: does not count, because from the calendar year in which it turns 19 it counts only if family-insured (§ 10 SGB V); it has its own limit.',
  },
  otherDependant: {
    de: 'Weitere/r Angehörige/r im gemeinsamen Haushalt (z. B. § 8 Abs. 4 KVLG 1989): zählt (§ 62 Abs. 2 S. 1 SGB V).',
    en: 'Further dependant in the same household (e.g. § 8 Abs. 4 KVLG 1989): counts (§ 62 Abs. 2 S. 1 SGB V).',
  },
};
