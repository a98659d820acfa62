import { incomeInfo } from './income-type-info';

// Bruttoeinnahmen zum Lebensunterhalt (§ 62 Abs. 2 S. 1 SGB V): all income meant for living,
// gross, whatever its tax treatment (docs/rules/rules.md § 5; docs/rules/sources.md § 5).
// The explanations are what the applicant reads: a plain reason, no citation (docs/rules/plain-language.md).

const LIVING = '§ 62 Abs. 2 S. 1 SGB V';

const forLiving = ['Das Geld ist für den Lebensunterhalt da.', 'The money is meant for living.'] as const;

export const countingIncomes = {
  wages: incomeInfo(
    'yes',
    ['Arbeitsentgelt (inkl. Einmalzahlungen)', 'Wages and salaries (incl. one-off payments)'],
    [
      'Es zählt der Bruttobetrag. Weihnachts- und Urlaubsgeld zählen mit.',
      'The gross amount counts. Christmas and holiday pay count too.',
    ],
    LIVING,
  ),
  pension: incomeInfo(
    'yes',
    [
      'Renten (Alters-, Erwerbsminderungs-, Hinterbliebenenrente)',
      'Pensions (old-age, disability, survivors’)',
    ],
    forLiving,
    LIVING,
  ),
  civilServicePension: incomeInfo(
    'yes',
    ['Versorgungsbezüge (Pension, Betriebsrente)', 'Civil-service and company pensions (Versorgungsbezüge)'],
    ['Es zählt der Bruttobetrag.', 'The gross amount counts.'],
    LIVING,
  ),
  selfEmployment: incomeInfo(
    'yes',
    ['Arbeitseinkommen aus selbständiger Tätigkeit', 'Profit from self-employment'],
    [
      'Es zählt der Gewinn. Er steht im Einkommensteuerbescheid.',
      'The profit counts. It is shown in the income-tax assessment.',
    ],
    LIVING,
  ),
  unemploymentBenefit: incomeInfo(
    'yes',
    ['Arbeitslosengeld I', 'Unemployment benefit (ALG I)'],
    forLiving,
    LIVING,
  ),
  sickPay: incomeInfo('yes', ['Krankengeld', 'Sick pay (Krankengeld)'], forLiving, LIVING),
  maternityPay: incomeInfo(
    'yes',
    ['Mutterschaftsgeld', 'Maternity pay (Mutterschaftsgeld)'],
    forLiving,
    LIVING,
  ),
  miniJob: incomeInfo(
    'yes',
    ['Minijob', 'Mini-job'],
    ['Er zählt wie jeder andere Lohn.', 'It counts like any other wage.'],
    LIVING,
  ),
  capitalIncome: incomeInfo('yes', ['Kapitalerträge', 'Capital income'], forLiving, LIVING),
  rentalIncome: incomeInfo(
    'yes',
    ['Mieteinnahmen (Überschuss)', 'Rental income (surplus)'],
    forLiving,
    LIVING,
  ),
  maintenance: incomeInfo('yes', ['Unterhalt (erhalten)', 'Maintenance received'], forLiving, LIVING),
  accidentPension: incomeInfo(
    'partly',
    ['Gesetzliche Unfallrente', 'Statutory accident pension'],
    [
      'Ein Teil zählt nicht: der Teil in Höhe der Grundrente nach dem BVG. Tragen Sie diesen Teil bitte extra ein, als „Grundrente nach dem BVG“.',
      'One part does not count: the part equal to the basic pension under the BVG. Please enter that part separately, as “basic pension under the BVG”.',
    ],
    '§ 62 Abs. 2 S. 4 SGB V',
  ),
  parentalAllowance: incomeInfo(
    'partly',
    ['Elterngeld (Basiselterngeld)', 'Parental allowance (Basiselterngeld)'],
    ['Nur der Teil über 300 € im Monat zählt.', 'Only the part above 300 € a month counts.'],
    `${LIVING}; § 10 BEEG`,
  ),
  parentalAllowancePlus: incomeInfo(
    'partly',
    ['ElterngeldPlus', 'Parental allowance (ElterngeldPlus)'],
    ['Nur der Teil über 150 € im Monat zählt.', 'Only the part above 150 € a month counts.'],
    `${LIVING}; § 10 BEEG`,
  ),
  // The common catalogue has over 200 kinds (docs/rules/rules.md § 5): anything else is described by the
  // applicant and counts as income for living until a caseworker classifies it.
  other: {
    ...incomeInfo(
      'yes',
      ['Sonstige Einnahme (bitte beschreiben)', 'Other income (please describe)'],
      [
        'Sie zählt erst einmal mit. Die Krankenkasse prüft danach, ob sie zählt.',
        'It counts for now. The health insurer then checks whether it counts.',
      ],
      LIVING,
    ),
    needsClassification: true,
  },
} as const;
