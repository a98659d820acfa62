import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceAmounts } from './advance-amounts';

describe('advanceAmounts', () => {
  it('offers the rest after co-payments already counted', () => {
    expect(advanceAmounts(61_200, 18_000)).toEqual({
      fullCents: 61_200,
      paidCents: 18_000,
      restCents: 43_200,
      limitReached: false,
    });
  });

  it('never asks for a negative rest, and says when the limit is reached already', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.nat(10_000_000), (limit, paid) => {
        const amounts = advanceAmounts(limit, paid);
        expect(amounts.restCents).toBeGreaterThanOrEqual(0);
        expect(amounts.restCents).toBeLessThanOrEqual(amounts.fullCents);
        expect(amounts.limitReached).toBe(paid >= limit);
      }),
    );
  });
});
