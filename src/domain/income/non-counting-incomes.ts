import { incomeInfo } from './income-type-info';

// Income that is not Bruttoeinnahmen zum Lebensunterhalt (docs/rules/rules.md § 5; docs/rules/sources.md § 5).
// The explanations are what the applicant reads after "Zählt nicht:": a plain reason; the case law stays in
// `source`, for the caseworker (docs/rules/plain-language.md).

const LIVING = '§ 62 Abs. 2 S. 1 SGB V';

export const nonCountingIncomes = {
  childBenefit: incomeInfo(
    'no',
    ['Kindergeld', 'Child benefit (Kindergeld)'],
    [
      'Kindergeld gehört nicht zu den Einnahmen, die hier zählen.',
      'Child benefit is not one of the incomes that count here.',
    ],
    LIVING,
    `${LIVING}; BSG B 1 KR 26/01 R; docs/rules/rules.md § 5; docs/rules/sources.md § 5`,
  ),
  housingBenefit: incomeInfo(
    'no',
    ['Wohngeld', 'Housing benefit (Wohngeld)'],
    ['Wohngeld ist für die Miete da.', 'Housing benefit is meant for the rent.'],
    LIVING,
  ),
  careAllowance: incomeInfo(
    'no',
    ['Pflegegeld (SGB XI)', 'Care allowance (Pflegegeld, SGB XI)'],
    ['Pflegegeld ist für die Pflege da.', 'Care allowance is meant for care.'],
    LIVING,
  ),
  basicPensionBVG: incomeInfo(
    'no',
    ['Grundrente nach dem BVG', 'Basic pension under the BVG (Grundrente)'],
    ['Das Gesetz nimmt sie ausdrücklich aus.', 'The law expressly leaves it out.'],
    '§ 62 Abs. 2 S. 4 SGB V',
  ),
  blindAllowance: incomeInfo(
    'no',
    ['Blindengeld', 'Blind allowance (Blindengeld)'],
    [
      'Blindengeld gleicht die Mehrkosten der Blindheit aus.',
      'Blind allowance offsets the extra costs of blindness.',
    ],
    LIVING,
    `${LIVING}; secondary source only; docs/rules/rules.md § 5`,
  ),
  bafoeg: incomeInfo(
    'no',
    ['BAföG', 'Student grant (BAföG)'],
    ['BAföG ist für die Ausbildung da.', 'BAföG is meant for education.'],
    LIVING,
  ),
  integrationAssistance: incomeInfo(
    'no',
    ['Eingliederungshilfe', 'Integration assistance (Eingliederungshilfe)'],
    [
      'Eingliederungshilfe ist für die Teilhabe bei einer Behinderung da.',
      'Integration assistance is meant for taking part in life with a disability.',
    ],
    LIVING,
  ),
} as const;
