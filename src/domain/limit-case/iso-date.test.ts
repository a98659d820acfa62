import { describe, expect, it } from 'vitest';
import { isIsoCalendarDate } from './iso-date';

describe('isIsoCalendarDate', () => {
  it.each(['2025-01-31', '2024-02-29', '2000-02-29', '2026-12-31'])('accepts %s', (date) => {
    expect(isIsoCalendarDate(date)).toBe(true);
  });

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-1-5',
    '05.03.2025',
    '',
  ])('rejects %s', (date) => {
    expect(isIsoCalendarDate(date)).toBe(false);
  });
});
