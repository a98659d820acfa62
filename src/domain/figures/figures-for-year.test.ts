import { describe, expect, it } from 'vitest';
import { figuresForYear, isSupportedYear, supportedYearRange, supportedYears } from './figures-for-year';

describe('figuresForYear', () => {
  it('returns the figures of a year in the table', () => {
    const result = figuresForYear(2026);
    expect(result.ok && result.value.bezugsgroesseCents).toBe(4_746_000);
  });

  it.each([2020, 2028, 1999, 2026.5, Number.NaN])(
    'rejects %s with the supported range, never a fallback',
    (year) => {
      const result = figuresForYear(year);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problem.code).toBe('figures.unsupportedYear');
      expect(result.problem.message.en).toContain('2021–2027');
      expect(result.problem.message.de).toContain('2021–2027');
    },
  );

  it('derives the supported years from the table, ascending and without gaps', () => {
    const years = supportedYears();
    years.forEach((year, i) => {
      if (i > 0) expect(year).toBe(years[i - 1]! + 1);
      expect(isSupportedYear(year)).toBe(true);
    });
    expect(supportedYearRange()).toBe(`${years[0]}–${years[years.length - 1]}`);
  });
});
