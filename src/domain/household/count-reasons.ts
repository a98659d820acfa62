import type { LocalizedText } from '../validation/result';

export type CountReason =
  | 'applicant'
  | 'spouse'
  | 'spouseInCareHome'
  | 'childUpTo18'
  | 'childFamilyInsured'
  | 'childOwnMembership'
  | 'otherDependant';

// For the applicant: one plain reason per decision, in short sentences and without citations
// (docs/rules/plain-language.md). The rule behind each is docs/rules/rules.md § 2.
export const countReasonTexts: Record<CountReason, LocalizedText> = {
  applicant: {
    de: 'Antragsteller/in: zählt immer mit.',
    en: 'Applicant: always counts.',
  },
  spouse: {
    de: 'Ehe- oder Lebenspartner/in im selben Haushalt: zählt mit.',
    en: 'Spouse or registered partner in the same household: counts.',
  },
  spouseInCareHome: {
    de: 'Ehe- oder Lebenspartner/in: zählt mit. Das gilt auch, wenn er oder sie dauerhaft in einem Pflegeheim lebt.',
    en: 'Spouse or registered partner: counts. This also applies when they live permanently in a care home.',
  },
  childUpTo18: {
    de: 'Kind: zählt mit bis zum Ende des Jahres, in dem es 18 wird. Wie das Kind versichert ist, spielt keine Rolle.',
    en: 'Child: counts until the end of the year in which it turns 18. How the child is insured does not matter.',
  },
  childFamilyInsured: {
    de: 'Kind: zählt mit, weil es familienversichert ist. Das gilt ab dem Jahr, in dem es 19 wird.',
    en: 'Child: counts because it is family-insured. This applies from the year in which it turns 19.',
  },
  childOwnMembership: {
    de: 'Kind: zählt nicht mit. Ab dem Jahr, in dem es 19 wird, zählt ein Kind nur, wenn es familienversichert ist. Es hat eine eigene Belastungsgrenze.',
    en: 'Child: does not count. From the year in which it turns 19, a child counts only if it is family-insured. It has its own limit (Belastungsgrenze).',
  },
  otherDependant: {
    de: 'Weitere/r Angehörige/r im selben Haushalt: zählt mit.',
    en: 'Further dependant in the same household: counts.',
  },
};

/** The paragraph of the law behind each decision, for a "Warum?" disclosure and the documents. */
export const countReasonLaw: Record<CountReason, string> = {
  applicant: '§ 62 Abs. 2 S. 1 SGB V',
  spouse: '§ 62 Abs. 2 S. 1 SGB V',
  spouseInCareHome: '§ 62 Abs. 2 S. 7 SGB V',
  childUpTo18: '§ 62 Abs. 2 S. 1 SGB V',
  childFamilyInsured: '§ 62 Abs. 2 S. 1 SGB V; § 10 SGB V',
  childOwnMembership: '§ 62 Abs. 2 S. 1 SGB V; § 10 SGB V',
  otherDependant: '§ 62 Abs. 2 S. 1 SGB V; § 8 Abs. 4 KVLG 1989',
};

/** For the caseworker: the full source, case law included (docs/rules/sources.md § 2). Never shown to applicants. */
export const countReasonSource: Record<CountReason, string> = {
  ...countReasonLaw,
  childUpTo18: '§ 62 Abs. 2 S. 1 SGB V; BSG, Urteil vom 26.06.2007, B 1 KR 41/06 R',
};
