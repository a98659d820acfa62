import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './add-days';
import { isIsoCalendarDate } from './iso-date';

describe('addDays', () => {
  it.each([
    ['2026-12-25', 14, '2027-01-08'],
    ['2024-02-20', 14, '2024-03-05'],
    ['2023-02-20', 14, '2023-03-06'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-01-01', -1, '2025-12-31'],
  ])('%s + %i = %s', (from, days, to) => {
    expect(addDays(from, days)).toBe(to);
  });

  it('agrees with UTC calendar arithmetic', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1950-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -800, max: 800 }),
        (date, days) => {
          const from = date.toISOString().slice(0, 10);
          const expected = new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000)
            .toISOString()
            .slice(0, 10);
          expect(addDays(from, days)).toBe(expected);
          expect(isIsoCalendarDate(addDays(from, days))).toBe(true);
        },
      ),
    );
  });
});
