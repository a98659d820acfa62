import type { Cents } from '../money/cents';

export type RatePercent = 1 | 2;

// § 62 Abs. 1 S. 1–2 SGB V: the limit is 2 % (1 % for the chronically ill) of the assessable
// income. No source states a rounding rule; docs/rules/rules.md § 3.5 decides "half up to the cent", and
// every published example is exact. Integer arithmetic only: p = assessable × rate is an exact
// integer (safe range), and its quotient by 100 is split into whole part and remainder.
export const limitCentsFor = (assessableCents: Cents, ratePercent: RatePercent): Cents => {
  if (!Number.isSafeInteger(assessableCents) || assessableCents < 0) {
    throw new RangeError(`Assessable income must be a non-negative integer of cents: ${assessableCents}`);
  }
  const product = assessableCents * ratePercent;
  if (!Number.isSafeInteger(product)) throw new RangeError('Assessable income is out of the safe range');
  const remainder = product % 100;
  const whole = (product - remainder) / 100;
  return remainder >= 50 ? whole + 1 : whole;
};
