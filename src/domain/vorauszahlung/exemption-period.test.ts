import { describe, expect, it } from 'vitest';
import { exemptionPeriod } from './exemption-period';

describe('exemptionPeriod', () => {
  it.each([
    ['paid in December for next year', 2027, '2026-12-10', '2027-01-01'],
    ['paid on 10 March for this year', 2026, '2026-03-10', '2026-03-10'],
    ['paid on 1 January', 2026, '2026-01-01', '2026-01-01'],
    ['paid on 31 December of the year', 2026, '2026-12-31', '2026-12-31'],
    ['paid on 29 February of a leap year', 2028, '2028-02-29', '2028-02-29'],
  ])('%s: from %s on %s → %s', (_name, year, receivedOn, gueltigAb) => {
    expect(exemptionPeriod(year, receivedOn)).toEqual({ gueltigAb, gueltigBis: `${year}-12-31` });
  });

  it('buys nothing once the year has ended', () => {
    expect(exemptionPeriod(2026, '2027-01-02')).toBeUndefined();
  });
});
