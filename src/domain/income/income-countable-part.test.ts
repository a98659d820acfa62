import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incomeTypes } from './income-catalogue';
import { countableAnnualCents } from './income-countable-part';

describe('countableAnnualCents', () => {
  it('counts a counting income in full and a non-counting one not at all', () => {
    expect(countableAnnualCents({ type: 'pension', annualCents: 1_800_000 })).toBe(1_800_000);
    expect(countableAnnualCents({ type: 'careAllowance', annualCents: 400_000 })).toBe(0);
    expect(countableAnnualCents({ type: 'childBenefit', annualCents: 300_000 })).toBe(0);
  });

  it('counts Elterngeld only above 300 € a month for the months received', () => {
    // 10 months × 1.200 € = 12.000 €; 10 × 300 € base → 9.000 € count
    expect(countableAnnualCents({ type: 'parentalAllowance', annualCents: 1_200_000, months: 10 })).toBe(
      900_000,
    );
    // only the minimum of 300 €/month: nothing counts
    expect(countableAnnualCents({ type: 'parentalAllowance', annualCents: 180_000, months: 6 })).toBe(0);
  });

  it('counts ElterngeldPlus only above 150 € a month', () => {
    expect(countableAnnualCents({ type: 'parentalAllowancePlus', annualCents: 600_000, months: 12 })).toBe(
      420_000,
    );
  });

  it('assumes 12 months when the months are missing (exempts the most)', () => {
    expect(countableAnnualCents({ type: 'parentalAllowance', annualCents: 500_000 })).toBe(140_000);
  });

  it('never returns a negative amount nor more than the income', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...incomeTypes),
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 12 }),
        (type, annualCents, months) => {
          const part = countableAnnualCents({ type, annualCents, months });
          expect(part).toBeGreaterThanOrEqual(0);
          expect(part).toBeLessThanOrEqual(annualCents);
        },
      ),
    );
  });
});
