import { incomeInfo } from './income-type-info';

// Income that is not Bruttoeinnahmen zum Lebensunterhalt (rules.md § 5; rules-sources.md § 3).
export const nonCountingIncomes = {
  childBenefit: incomeInfo(
    'no',
    ['Kindergeld', 'Child benefit (Kindergeld)'],
    [
      'Zählt nicht (TK; BSG B 1 KR 26/01 R; rules.md § 5).',
      'Does not count (TK; BSG B 1 KR 26/01 R; rules.md § 5).',
    ],
  ),
  housingBenefit: incomeInfo(
    'no',
    ['Wohngeld', 'Housing benefit (Wohngeld)'],
    ['Zählt nicht (TK; VZ Brandenburg; rules.md § 5).', 'Does not count (TK; VZ Brandenburg; rules.md § 5).'],
  ),
  careAllowance: incomeInfo(
    'no',
    ['Pflegegeld (SGB XI)', 'Care allowance (Pflegegeld, SGB XI)'],
    ['Zählt nicht (TK; VZ Brandenburg; rules.md § 5).', 'Does not count (TK; VZ Brandenburg; rules.md § 5).'],
  ),
  basicPensionBVG: incomeInfo(
    'no',
    ['Grundrente nach dem BVG', 'Basic pension under the BVG (Grundrente)'],
    [
      'Zählt kraft Gesetzes nicht (§ 62 Abs. 2 S. 4 SGB V).',
      'Does not count by statute (§ 62 Abs. 2 S. 4 SGB V).',
    ],
  ),
  blindAllowance: incomeInfo(
    'no',
    ['Blindengeld', 'Blind allowance (Blindengeld)'],
    [
      'Zählt nicht, es gleicht blindheitsbedingten Mehrbedarf aus (dvbs-online.de, Sekundärquelle; rules.md § 5).',
      'Does not count, it offsets blindness-related extra needs (dvbs-online.de, secondary source; rules.md § 5).',
    ],
  ),
  bafoeg: incomeInfo(
    'no',
    ['BAföG', 'Student grant (BAföG)'],
    ['Zählt nicht (TK; rules.md § 5).', 'Does not count (TK; rules.md § 5).'],
  ),
  integrationAssistance: incomeInfo(
    'no',
    ['Eingliederungshilfe', 'Integration assistance (Eingliederungshilfe)'],
    ['Zählt nicht (VZ Brandenburg; rules.md § 5).', 'Does not count (VZ Brandenburg; rules.md § 5).'],
  ),
} as const;
