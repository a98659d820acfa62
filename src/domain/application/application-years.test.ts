import { describe, expect, it } from 'vitest';
import { figuresForYear, supportedYears } from '../figures/figures-for-year';
import { applicationYears } from './application-years';

describe('applicationYears', () => {
  it('offers, in December 2026: next year in advance (provisional), this year, and refunds back to 2022, newest first', () => {
    expect(applicationYears('2026-12-07')).toEqual([
      { year: 2027, purpose: 'advance', provisional: true },
      { year: 2026, purpose: 'current', provisional: false },
      { year: 2025, purpose: 'refund', provisional: false },
      { year: 2024, purpose: 'refund', provisional: false },
      { year: 2023, purpose: 'refund', provisional: false },
      { year: 2022, purpose: 'refund', provisional: false },
    ]);
  });

  it('offers next year only from 1 October, when the insurers send their offers', () => {
    expect(applicationYears('2026-09-30').map((entry) => entry.year)).toEqual([2026, 2025, 2024, 2023, 2022]);
    expect(applicationYears('2026-10-01')[0]).toEqual({ year: 2027, purpose: 'advance', provisional: true });
  });

  it('marks exactly the years whose figures are provisional', () => {
    for (const { year, provisional } of applicationYears('2026-12-07')) {
      const figures = figuresForYear(year);
      expect(figures.ok && figures.value.status === 'provisional').toBe(provisional);
    }
  });

  it('offers no advance payment when next year has no figures yet', () => {
    const last = supportedYears().at(-1)!;
    const years = applicationYears(`${last}-12-01`);
    expect(years[0]).toEqual({ year: last, purpose: 'current', provisional: true });
    expect(years.map((entry) => entry.year)).toEqual([last, last - 1, last - 2, last - 3, last - 4]);
  });

  it.each([2019, 2020, 2021, 2022, 2026, 2027, 2028, 2030, 2031, 2032, 2050, 1990])(
    'offers only years of the figures table for reference year %i, newest first',
    (referenceYear) => {
      const years = applicationYears(`${referenceYear}-12-01`).map((entry) => entry.year);
      const expected = supportedYears()
        .filter((year) => year >= referenceYear - 4 && year <= referenceYear + 1)
        .toReversed();
      expect(years).toEqual(expected);
      for (const year of years) expect(supportedYears()).toContain(year);
    },
  );

  it('offers only refunds once the reference year is past the table', () => {
    expect(applicationYears('2030-12-01')).toEqual([
      { year: 2027, purpose: 'refund', provisional: true },
      { year: 2026, purpose: 'refund', provisional: false },
    ]);
    expect(applicationYears('2032-12-01')).toEqual([]);
  });

  it('offers the first table year in advance the year before it', () => {
    const first = supportedYears()[0]!;
    expect(applicationYears(`${first - 1}-12-01`)).toEqual([
      { year: first, purpose: 'advance', provisional: false },
    ]);
    expect(applicationYears(`${first - 2}-12-01`)).toEqual([]);
  });
});
