import type { Cents } from '../money/cents';

// § 61 SGB V amounts (verbatim via buzer.de, Stand G v. 23.10.2024; docs/rules/rules.md § 6).
export const MIN_ZUZAHLUNG_CENTS: Cents = 500; // § 61 S. 1: mindestens 5 Euro
export const MAX_ZUZAHLUNG_CENTS: Cents = 1_000; // § 61 S. 1: höchstens 10 Euro
export const PER_DAY_CENTS: Cents = 1_000; // § 61 S. 2: 10 Euro je Kalendertag
export const PER_PRESCRIPTION_CENTS: Cents = 1_000; // § 61 S. 3: 10 Euro je Verordnung
export const MAX_DAYS_PER_YEAR = 28; // hospital + follow-up rehab, home nursing (docs/rules/rules.md § 6)

const assertCents = (value: number, name: string): void => {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${name} must be a non-negative integer`);
};

/**
 * 10 % of an amount in whole cents. Decision (no source states one): rounded half up to the
 * cent, the commercial rounding pharmacies print — 10,05 € → 1,01 €; 10,04 € → 1,00 €.
 */
export const tenPercentCents = (cents: Cents): Cents => {
  assertCents(cents, 'Amount');
  const remainder = cents % 10;
  const whole = (cents - remainder) / 10;
  return remainder >= 5 ? whole + 1 : whole;
};

/** § 61 S. 1: 10 % of the price, at least 5 €, at most 10 €, never more than the price itself. */
export const percentageZuzahlung = (priceCents: Cents): Cents => {
  const clamped = Math.min(MAX_ZUZAHLUNG_CENTS, Math.max(MIN_ZUZAHLUNG_CENTS, tenPercentCents(priceCents)));
  return Math.min(priceCents, clamped);
};

/** Household help, sociotherapy: the § 61 S. 1 amount of the daily cost, for each day. */
export const percentagePerDayZuzahlung = (dailyCostCents: Cents, days: number): Cents => {
  assertCents(days, 'Days');
  return percentageZuzahlung(dailyCostCents) * days;
};

/**
 * § 61 S. 2: 10 € per calendar day. With `capped` (hospital, follow-up rehab) only the days up to
 * 28 in the calendar year count, `daysAlreadyPaid` being the capped days already paid that year.
 */
export const perDayZuzahlung = (days: number, capped: boolean, daysAlreadyPaid = 0): Cents => {
  assertCents(days, 'Days');
  assertCents(daysAlreadyPaid, 'Days already paid');
  const payable = capped ? Math.min(days, Math.max(0, MAX_DAYS_PER_YEAR - daysAlreadyPaid)) : days;
  return payable * PER_DAY_CENTS;
};

/**
 * § 61 S. 3 (remedies, home nursing): 10 % of the cost plus 10 € per prescription. For home
 * nursing the caller passes the cost of at most 28 days of the calendar year (docs/rules/rules.md § 6).
 */
export const perPrescriptionZuzahlung = (costCents: Cents, prescriptions = 1): Cents => {
  assertCents(prescriptions, 'Prescriptions');
  return tenPercentCents(costCents) + PER_PRESCRIPTION_CENTS * prescriptions;
};
