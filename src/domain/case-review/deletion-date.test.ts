import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deletionDate, isDueForDeletion } from './deletion-date';

describe('deletionDate', () => {
  it('keeps a 2026 case to the end of 2030, when a refund claim for 2026 is time-barred', () => {
    expect(deletionDate(2026)).toBe('2031-01-01');
    expect(isDueForDeletion(2026, '2030-12-31')).toBe(false);
    expect(isDueForDeletion(2026, '2031-01-01')).toBe(true);
  });

  it('is never due within the year the application is for or the four after it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2900 }), fc.integer({ min: 0, max: 4 }), (year, later) => {
        expect(isDueForDeletion(year, `${year + later}-12-31`)).toBe(false);
      }),
    );
  });
});
