import { incomeInfo } from './income-type-info';

// Bruttoeinnahmen zum Lebensunterhalt (§ 62 Abs. 2 S. 1 SGB V): all income meant for living,
// gross, whatever its tax treatment (rules.md § 5; research: rules-sources.md § 3).

const forLiving = [
  'Zählt als Einnahme zum Lebensunterhalt (§ 62 Abs. 2 S. 1 SGB V; rules.md § 5).',
  'Counts as income meant for living (§ 62 Abs. 2 S. 1 SGB V; rules.md § 5).',
] as const;

export const countingIncomes = {
  wages: incomeInfo(
    'yes',
    ['Arbeitsentgelt (inkl. Einmalzahlungen)', 'Wages and salaries (incl. one-off payments)'],
    [
      'Zählt brutto, auch Weihnachts- und Urlaubsgeld (§ 62 Abs. 2 S. 1 SGB V; kkh.de Zuzahlungsrechner).',
      'Counts gross, including Christmas and holiday pay (§ 62 Abs. 2 S. 1 SGB V; kkh.de Zuzahlungsrechner).',
    ],
  ),
  pension: incomeInfo(
    'yes',
    [
      'Renten (Alters-, Erwerbsminderungs-, Hinterbliebenenrente)',
      'Pensions (old-age, disability, survivors’)',
    ],
    forLiving,
  ),
  civilServicePension: incomeInfo(
    'yes',
    ['Versorgungsbezüge (Pension, Betriebsrente)', 'Civil-service and company pensions (Versorgungsbezüge)'],
    [
      'Zählt brutto (§ 62 Abs. 2 S. 1 SGB V; rules.md § 5).',
      'Counts gross (§ 62 Abs. 2 S. 1 SGB V; rules.md § 5).',
    ],
  ),
  selfEmployment: incomeInfo(
    'yes',
    ['Arbeitseinkommen aus selbständiger Tätigkeit', 'Profit from self-employment'],
    [
      'Zählt mit dem Gewinn laut Einkommensteuerbescheid (§ 62 Abs. 2 S. 1 SGB V; rules.md § 5).',
      'Counts with the profit in the income-tax assessment (§ 62 Abs. 2 S. 1 SGB V; rules.md § 5).',
    ],
  ),
  unemploymentBenefit: incomeInfo('yes', ['Arbeitslosengeld I', 'Unemployment benefit (ALG I)'], forLiving),
  sickPay: incomeInfo('yes', ['Krankengeld', 'Sick pay (Krankengeld)'], forLiving),
  maternityPay: incomeInfo('yes', ['Mutterschaftsgeld', 'Maternity pay (Mutterschaftsgeld)'], forLiving),
  miniJob: incomeInfo(
    'yes',
    ['Minijob', 'Mini-job'],
    ['Zählt wie jedes Arbeitsentgelt (rules.md § 5).', 'Counts like any wage (rules.md § 5).'],
  ),
  capitalIncome: incomeInfo('yes', ['Kapitalerträge', 'Capital income'], forLiving),
  rentalIncome: incomeInfo('yes', ['Mieteinnahmen (Überschuss)', 'Rental income (surplus)'], forLiving),
  maintenance: incomeInfo('yes', ['Unterhalt (erhalten)', 'Maintenance received'], forLiving),
  accidentPension: incomeInfo(
    'partly',
    ['Gesetzliche Unfallrente', 'Statutory accident pension'],
    [
      'Zählt ohne den Teil in Höhe der Grundrente nach dem BVG (§ 62 Abs. 2 S. 4 SGB V); diesen Teil bitte als „Grundrente nach dem BVG“ eintragen.',
      'Counts without the part equal to the BVG basic pension (§ 62 Abs. 2 S. 4 SGB V); enter that part as “basic pension under the BVG”.',
    ],
  ),
  parentalAllowance: incomeInfo(
    'partly',
    ['Elterngeld (Basiselterngeld)', 'Parental allowance (Basiselterngeld)'],
    [
      'Zählt nur, soweit es 300 € im Monat übersteigt (VZ Brandenburg; AOK Rechtsdatenbank; rules.md § 5).',
      'Counts only above 300 € a month (VZ Brandenburg; AOK Rechtsdatenbank; rules.md § 5).',
    ],
  ),
  parentalAllowancePlus: incomeInfo(
    'partly',
    ['ElterngeldPlus', 'Parental allowance (ElterngeldPlus)'],
    [
      'Zählt nur, soweit es 150 € im Monat übersteigt (AOK Rechtsdatenbank; rules.md § 5).',
      'Counts only above 150 € a month (AOK Rechtsdatenbank; rules.md § 5).',
    ],
  ),
  // The insurers' catalogue has over 200 kinds (rules.md § 5): anything else is described by the
  // applicant and counts as income for living until a caseworker classifies it.
  other: {
    ...incomeInfo(
      'yes',
      ['Sonstige Einnahme (bitte beschreiben)', 'Other income (please describe)'],
      [
        'Zählt vorläufig als Einnahme zum Lebensunterhalt (§ 62 Abs. 2 S. 1 SGB V), bis die Krankenkasse sie einordnet.',
        'Counts provisionally as income for living (§ 62 Abs. 2 S. 1 SGB V) until the insurer classifies it.',
      ],
    ),
    needsClassification: true,
  },
} as const;
