import type { LocalizedText } from '../validation/result';

// § 62 Abs. 2 S. 5–6 SGB V: households on these benefits use the flat figure 12 × Regelbedarfsstufe 1.
// 'buergergeld' stands for SGB II basic income whatever its name ("Grundsicherungsgeld" from
// July 2026 keeps the amounts, docs/rules/rules.md § 1).
export const welfareKinds = [
  'none',
  'buergergeld',
  'sozialhilfe',
  'grundsicherung',
  'heimunterbringung',
] as const;

export type Welfare = (typeof welfareKinds)[number];

export const welfareLabels: Record<Welfare, LocalizedText> = {
  none: { de: 'Keine dieser Leistungen', en: 'None of these benefits' },
  buergergeld: {
    de: 'Bürgergeld / Grundsicherung für Arbeitsuchende (SGB II)',
    en: 'Citizen’s income / basic income for jobseekers (SGB II)',
  },
  sozialhilfe: { de: 'Hilfe zum Lebensunterhalt (SGB XII)', en: 'Subsistence assistance (SGB XII)' },
  grundsicherung: {
    de: 'Grundsicherung im Alter und bei Erwerbsminderung (SGB XII)',
    en: 'Basic income in old age and reduced earning capacity (SGB XII)',
  },
  heimunterbringung: {
    de: 'Heimkosten werden vom Sozialhilfeträger getragen',
    en: 'Care-home costs borne by the social-welfare office',
  },
};
