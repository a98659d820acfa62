import { describe, expect, it } from 'vitest';
import { formatCents, formatDate, formatDateTime, formatReceiptDate } from './antrag-format';

describe('Antrag formatting', () => {
  it('formats dates DIN 5008 in German and ISO in English', () => {
    expect(formatDate('2026-03-14', 'de')).toBe('14.03.2026');
    expect(formatDate('2026-03-14', 'en')).toBe('2026-03-14');
  });

  it('shows the wall-clock time as given, whatever the machine’s zone', () => {
    expect(formatDateTime('2026-03-14T23:30:00+01:00', 'de')).toBe('14.03.2026, 23:30 Uhr');
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
