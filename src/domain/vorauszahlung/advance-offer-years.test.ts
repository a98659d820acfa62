import { describe, expect, it } from 'vitest';
import { advanceOfferYears } from './advance-offer-years';

describe('advanceOfferYears', () => {
  it.each([
    ['2026-01-01', [2026]],
    ['2026-09-30', [2026]],
    ['2026-10-01', [2026, 2027]],
    ['2026-12-31', [2026, 2027]],
  ])('on %s offers %j', (referenceDate, years) => {
    expect(advanceOfferYears(referenceDate)).toEqual(years);
  });
});
