import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  perDayZuzahlung,
  percentagePerDayZuzahlung,
  percentageZuzahlung,
  perPrescriptionZuzahlung,
  tenPercentCents,
} from './legal-zuzahlung';

describe('percentageZuzahlung (§ 61 S. 1 SGB V)', () => {
  it.each([
    [3_000, 500], // 30 € → 10 % = 3 €, at least 5 €
    [8_000, 800], // 80 € → 8 €
    [15_000, 1_000], // 150 € → 15 €, at most 10 €
    [300, 300], // 3 € → never more than the price
    [5_000, 500],
    [10_000, 1_000],
  ])('price %i ct → %i ct', (price, expected) => {
    expect(percentageZuzahlung(price)).toBe(expected);
  });

  it('rounds 10 % half up to the cent', () => {
    expect(tenPercentCents(8_005)).toBe(801);
    expect(tenPercentCents(8_004)).toBe(800);
    expect(percentageZuzahlung(8_005)).toBe(801);
  });

  it('always lies between min(price, 5 €) and 10 € and never exceeds the price', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (price) => {
        const z = percentageZuzahlung(price);
        expect(z).toBeLessThanOrEqual(Math.min(price, 1_000));
        expect(z).toBeGreaterThanOrEqual(Math.min(price, 500));
      }),
    );
  });

  it('rejects a fractional or negative price', () => {
    expect(() => percentageZuzahlung(12.5)).toThrow(RangeError);
    expect(() => percentageZuzahlung(-1)).toThrow(RangeError);
  });
});

describe('per-day co-payments (§ 61 S. 2 SGB V)', () => {
  it('charges 10 € a day', () => {
    expect(perDayZuzahlung(5, true)).toBe(5_000);
  });

  it('caps hospital and follow-up rehab at 28 days a year', () => {
    expect(perDayZuzahlung(40, true)).toBe(28_000);
    expect(perDayZuzahlung(10, true, 20)).toBe(8_000);
    expect(perDayZuzahlung(10, true, 30)).toBe(0);
  });

  it('does not cap when the kind has no cap (e.g. Mutter-Kind-Kur)', () => {
    expect(perDayZuzahlung(40, false)).toBe(40_000);
  });

  it('charges household help 10 % of the daily cost, 5–10 € a day', () => {
    expect(percentagePerDayZuzahlung(8_000, 3)).toBe(2_400);
    expect(percentagePerDayZuzahlung(2_000, 2)).toBe(1_000);
    expect(percentagePerDayZuzahlung(20_000, 2)).toBe(2_000);
  });
});

describe('perPrescriptionZuzahlung (§ 61 S. 3 SGB V)', () => {
  it('charges 10 % of the cost plus 10 € per prescription', () => {
    expect(perPrescriptionZuzahlung(25_000)).toBe(3_500); // 250 € → 25 € + 10 €
    expect(perPrescriptionZuzahlung(12_345, 2)).toBe(1_235 + 2_000);
  });
});
