import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatInstantDate } from './format-date';

describe('formatCalendarDate', () => {
  it('writes every English date as "7 December 2026"', () => {
    expect(formatCalendarDate('2026-12-07', 'en')).toBe('7 December 2026');
    expect(formatCalendarDate('2026-12-07', 'en', 'long')).toBe('7 December 2026');
    expect(formatCalendarDate('1956-02-03', 'en')).toBe('3 February 1956');
  });

  it('writes German dates as DIN 5008 or, in running text, with the month name', () => {
    expect(formatCalendarDate('1956-02-03', 'de')).toBe('03.02.1956');
    expect(formatCalendarDate('2026-12-07', 'de', 'long')).toBe('7. Dezember 2026');
  });
});

describe('formatInstantDate', () => {
  it('takes the day as it was in Germany', () => {
    // 23:30 UTC on 31 December is already New Year in Berlin.
    expect(formatInstantDate('2026-12-31T23:30:00Z', 'en')).toBe('1 January 2027');
    expect(formatInstantDate('2026-12-31T23:30:00Z', 'de')).toBe('01.01.2027');
    expect(formatInstantDate('2026-06-30T12:00:00+02:00', 'de', 'long')).toBe('30. Juni 2026');
  });
});
