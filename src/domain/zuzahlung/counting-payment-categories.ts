import { categoryInfo } from './payment-category-info';

// Gesetzliche Zuzahlungen under § 61 SGB V: these add up toward the Belastungsgrenze
// (docs/rules/rules.md § 6; docs/rules/sources.md § 6). The explanations are what the applicant reads.

const percentage = [
  'Sie zahlen 10 % des Preises. Das sind mindestens 5 € und höchstens 10 €. Es ist nie mehr als der Preis.',
  'You pay 10 % of the price. That is at least 5 € and at most 10 €. It is never more than the price.',
] as const;
const perPrescription = [
  'Sie zahlen 10 % der Kosten. Dazu kommen 10 € je Verordnung.',
  'You pay 10 % of the cost. On top come 10 € per prescription.',
] as const;
const perDayPercentage = [
  'Sie zahlen 10 % der Kosten je Tag. Das sind mindestens 5 € und höchstens 10 € am Tag.',
  'You pay 10 % of the cost per day. That is at least 5 € and at most 10 € a day.',
] as const;

export const countingPaymentCategories = {
  medicine: categoryInfo(true, 'percentage', ['Arzneimittel', 'Medicines'], percentage, '§ 61 S. 1 SGB V'),
  bandages: categoryInfo(true, 'percentage', ['Verbandmittel', 'Bandages'], percentage, '§ 61 S. 1 SGB V'),
  remedies: categoryInfo(
    true,
    'perPrescription',
    ['Heilmittel', 'Remedies (Heilmittel)'],
    perPrescription,
    '§ 61 S. 3 SGB V',
  ),
  aids: categoryInfo(
    true,
    'percentage',
    ['Hilfsmittel', 'Medical aids (Hilfsmittel)'],
    [
      'Sie zahlen 10 % des Preises. Das sind mindestens 5 € und höchstens 10 €. Für Hilfsmittel zum Verbrauch zahlen Sie höchstens 10 € im Monat.',
      'You pay 10 % of the price. That is at least 5 € and at most 10 €. For aids that are used up you pay at most 10 € a month.',
    ],
    '§ 61 S. 1 SGB V; § 33 Abs. 8 SGB V',
  ),
  hospital: categoryInfo(
    true,
    'perDay',
    ['Krankenhaus', 'Hospital'],
    [
      'Sie zahlen 10 € je Tag. Das gilt für höchstens 28 Tage im Jahr. Tage in einer Anschlussreha zählen mit.',
      'You pay 10 € a day. This applies to at most 28 days a year. Days of follow-up rehab count too.',
    ],
    '§ 61 S. 2 SGB V; § 39 Abs. 4 SGB V',
  ),
  rehabilitation: categoryInfo(
    true,
    'perDay',
    ['Rehabilitation', 'Rehabilitation'],
    [
      'Sie zahlen 10 € je Tag. Bei einer Anschlussreha gilt das für höchstens 28 Tage im Jahr. Tage im Krankenhaus zählen mit.',
      'You pay 10 € a day. For follow-up rehab this applies to at most 28 days a year. Days in hospital count too.',
    ],
    '§ 61 S. 2 SGB V; § 40 Abs. 5 und 6 SGB V',
  ),
  homeNursing: categoryInfo(
    true,
    'perPrescription',
    ['Häusliche Krankenpflege', 'Home nursing'],
    [
      'Sie zahlen 10 % der Kosten, für höchstens 28 Tage im Jahr. Dazu kommen 10 € je Verordnung.',
      'You pay 10 % of the cost, for at most 28 days a year. On top come 10 € per prescription.',
    ],
    '§ 61 S. 3 SGB V; § 37 Abs. 5 SGB V',
  ),
  householdHelp: categoryInfo(
    true,
    'percentagePerDay',
    ['Haushaltshilfe', 'Household help'],
    perDayPercentage,
    '§ 61 S. 1 SGB V; § 38 Abs. 5 SGB V',
  ),
  sociotherapy: categoryInfo(
    true,
    'percentagePerDay',
    ['Soziotherapie', 'Sociotherapy'],
    perDayPercentage,
    '§ 61 S. 1 SGB V; § 37a Abs. 3 SGB V',
  ),
  transport: categoryInfo(
    true,
    'percentage',
    ['Fahrkosten', 'Transport'],
    [
      'Sie zahlen 10 % je Fahrt. Das sind mindestens 5 € und höchstens 10 €. Auch Kinder zahlen das.',
      'You pay 10 % per trip. That is at least 5 € and at most 10 €. Children pay it too.',
    ],
    '§ 61 S. 1 SGB V; § 60 Abs. 2 SGB V',
  ),
} as const;
