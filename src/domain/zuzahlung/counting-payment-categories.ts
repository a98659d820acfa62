import { categoryInfo } from './payment-category-info';

// Gesetzliche Zuzahlungen under § 61 SGB V: these add up toward the Belastungsgrenze
// (rules.md § 6; rules-sources.md § 5, table after test.de).

const percentage = [
  '10 % des Preises, mindestens 5 €, höchstens 10 €, nie mehr als der Preis (§ 61 S. 1 SGB V).',
  '10 % of the price, at least 5 €, at most 10 €, never more than the price (§ 61 S. 1 SGB V).',
] as const;
const perPrescription = [
  '10 % der Kosten plus 10 € je Verordnung (§ 61 S. 3 SGB V).',
  '10 % of the cost plus 10 € per prescription (§ 61 S. 3 SGB V).',
] as const;
const perDayPercentage = [
  '10 % der täglichen Kosten, mindestens 5 €, höchstens 10 € je Tag (§ 61 S. 1 SGB V; rules.md § 6).',
  '10 % of the daily cost, at least 5 €, at most 10 € a day (§ 61 S. 1 SGB V; rules.md § 6).',
] as const;

export const countingPaymentCategories = {
  medicine: categoryInfo(true, 'percentage', ['Arzneimittel', 'Medicines'], percentage),
  bandages: categoryInfo(true, 'percentage', ['Verbandmittel', 'Bandages'], percentage),
  remedies: categoryInfo(true, 'perPrescription', ['Heilmittel', 'Remedies (Heilmittel)'], perPrescription),
  aids: categoryInfo(
    true,
    'percentage',
    ['Hilfsmittel', 'Medical aids (Hilfsmittel)'],
    [
      '10 % des Preises, mindestens 5 €, höchstens 10 €; zum Verbrauch bestimmte höchstens 10 € im Monat (§ 61 S. 1 SGB V; rules.md § 6).',
      '10 % of the price, at least 5 €, at most 10 €; consumable aids at most 10 € a month (§ 61 S. 1 SGB V; rules.md § 6).',
    ],
  ),
  hospital: categoryInfo(
    true,
    'perDay',
    ['Krankenhaus', 'Hospital'],
    [
      '10 € je Kalendertag, höchstens 28 Tage im Jahr zusammen mit Anschlussreha (§ 61 S. 2 SGB V; rules.md § 6).',
      '10 € a day, at most 28 days a year together with follow-up rehab (§ 61 S. 2 SGB V; rules.md § 6).',
    ],
  ),
  rehabilitation: categoryInfo(
    true,
    'perDay',
    ['Rehabilitation', 'Rehabilitation'],
    [
      '10 € je Kalendertag; Anschlussreha höchstens 28 Tage im Jahr zusammen mit Krankenhaustagen (§ 61 S. 2 SGB V; test.de).',
      '10 € a day; follow-up rehab at most 28 days a year together with hospital days (§ 61 S. 2 SGB V; test.de).',
    ],
  ),
  homeNursing: categoryInfo(
    true,
    'perPrescription',
    ['Häusliche Krankenpflege', 'Home nursing'],
    [
      '10 % der Kosten für höchstens 28 Tage im Jahr plus 10 € je Verordnung (§ 61 S. 3 SGB V; rules.md § 6).',
      '10 % of the cost of at most 28 days a year plus 10 € per prescription (§ 61 S. 3 SGB V; rules.md § 6).',
    ],
  ),
  householdHelp: categoryInfo(
    true,
    'percentagePerDay',
    ['Haushaltshilfe', 'Household help'],
    perDayPercentage,
  ),
  sociotherapy: categoryInfo(true, 'percentagePerDay', ['Soziotherapie', 'Sociotherapy'], perDayPercentage),
  transport: categoryInfo(
    true,
    'percentage',
    ['Fahrkosten', 'Transport'],
    [
      '10 % je Fahrt, mindestens 5 €, höchstens 10 €; auch Kinder zahlen sie (§ 61 S. 1 SGB V; rules.md § 6).',
      '10 % per trip, at least 5 €, at most 10 €; children pay it too (§ 61 S. 1 SGB V; rules.md § 6).',
    ],
  ),
} as const;
