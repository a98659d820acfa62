import { describe, expect, it } from 'vitest';
import { berlinDateTime, formatCents, formatDate, formatDateTime, formatReceiptDate } from './antrag-format';

describe('Antrag formatting', () => {
  it('formats dates DIN 5008 in German and ISO in English', () => {
    expect(formatDate('2026-03-14', 'de')).toBe('14.03.2026');
    expect(formatDate('2026-03-14', 'en')).toBe('2026-03-14');
  });

  it('shows a point in time in Berlin, whatever zone it was recorded in', () => {
    expect(formatDateTime('2026-03-14T23:30:00+01:00', 'de')).toBe('14.03.2026, 23:30 Uhr');
    expect(formatDateTime('2026-03-14T22:30:00Z', 'de')).toBe('14.03.2026, 23:30 Uhr');
    // Summer time: UTC+2, and the day changes.
    expect(formatDateTime('2026-07-31T22:15:00Z', 'de')).toBe('01.08.2026, 00:15 Uhr');
    expect(formatDateTime('2026-07-31T22:15:00Z', 'en')).toBe('2026-08-01 00:15 (German time)');
    expect(berlinDateTime('2026-11-20T23:30:00Z')).toEqual({ date: '2026-11-21', time: '00:30' });
  });

  it('formats money with the domain formatter and a no-break space before €', () => {
    expect(formatCents(123_456, 'de')).toBe('1.234,56\u00a0€');
    expect(formatCents(-711_900, 'de')).toBe('-7.119,00\u00a0€');
    expect(formatCents(123_456, 'en')).toBe('€1,234.56');
  });

  it('writes a period receipt as from – to', () => {
    expect(formatReceiptDate({ from: '2026-02-01', to: '2026-02-28' }, 'de')).toBe('01.02.2026 – 28.02.2026');
  });
});
