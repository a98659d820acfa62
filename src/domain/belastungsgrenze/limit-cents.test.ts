import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { limitCentsFor } from './limit-cents';

describe('limitCentsFor (§ 62 Abs. 1 SGB V, rounded half up — docs/rules/rules.md § 3.5)', () => {
  it('reproduces the published examples', () => {
    expect(limitCentsFor(2_336_900, 2)).toBe(46_738); // 2026: 467,38 €
    expect(limitCentsFor(2_001_300, 2)).toBe(40_026); // 2024: 400,26 €
    expect(limitCentsFor(2_001_300, 1)).toBe(20_013); // 2024: 200,13 €
  });

  it('rounds exactly half a cent up and less than half down', () => {
    expect(limitCentsFor(50, 1)).toBe(1); // 0,5 ct → 1 ct
    expect(limitCentsFor(49, 1)).toBe(0); // 0,49 ct → 0 ct
    expect(limitCentsFor(25, 2)).toBe(1); // 0,5 ct → 1 ct
    expect(limitCentsFor(24, 2)).toBe(0); // 0,48 ct → 0 ct
    expect(limitCentsFor(0, 2)).toBe(0);
  });

  it('rejects negative or fractional amounts instead of guessing', () => {
    expect(() => limitCentsFor(-1, 2)).toThrow(RangeError);
    expect(() => limitCentsFor(10.5, 2)).toThrow(RangeError);
  });

  it('is never negative and within half a cent of the exact value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.constantFrom(1 as const, 2 as const),
        (a, r) => {
          const limit = limitCentsFor(a, r);
          expect(limit).toBeGreaterThanOrEqual(0);
          // |limit × 100 − a × r| ≤ 50, in integers
          expect(Math.abs(limit * 100 - a * r)).toBeLessThanOrEqual(50);
        },
      ),
    );
  });

  it('gives a 1 % limit that is half the 2 % limit within one cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (a) => {
        expect(Math.abs(limitCentsFor(a, 2) - 2 * limitCentsFor(a, 1))).toBeLessThanOrEqual(1);
      }),
    );
  });
});
