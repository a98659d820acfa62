import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../limit-case/add-days';
import { daysInMonth, isIsoCalendarDate } from '../limit-case/iso-date';
import {
  certificateReferenceDate,
  certificateRenewal,
  certificateRenewalDate,
  certificateRenewalForYear,
} from './certificate-renewal';

describe('certificateRenewalDate', () => {
  it.each([
    ['2025-03-15', '2026-03-15'],
    ['2025-01-01', '2026-01-01'],
    ['2025-12-31', '2026-12-31'],
    // 29 February has no day one year later: the certificate is renewed on 28 February.
    ['2024-02-29', '2025-02-28'],
    ['2000-02-29', '2001-02-28'],
    // 28 February stays 28 February, also when the next year is a leap year.
    ['2023-02-28', '2024-02-28'],
    ['2023-03-01', '2024-03-01'],
    ['1900-01-01', '1901-01-01'],
  ])('a certificate issued on %s is renewed on %s', (issuedOn, renewOn) => {
    expect(certificateRenewalDate(issuedOn)).toBe(renewOn);
  });
});

describe('certificateRenewal', () => {
  it.each([
    // issued on, reference date, renew on, due
    ['2025-03-15', '2026-03-14', '2026-03-15', false],
    ['2025-03-15', '2026-03-15', '2026-03-15', true],
    ['2025-03-15', '2026-11-20', '2026-03-15', true],
    ['2026-01-10', '2026-11-20', '2027-01-10', false],
    ['2024-02-29', '2025-02-27', '2025-02-28', false],
    ['2024-02-29', '2025-02-28', '2025-02-28', true],
    ['2026-11-20', '2026-11-20', '2027-11-20', false],
  ] as const)('issued on %s, judged on %s: renew on %s, due %s', (issuedOn, referenceDate, renewOn, due) => {
    expect(certificateRenewal(issuedOn, referenceDate)).toEqual({ renewOn, due });
  });
});

describe('certificateRenewalForYear', () => {
  it.each([
    // year applied for, today, the day the certificate is judged on
    [2026, '2026-11-20', '2026-11-20'],
    // A past year: its last day; a certificate renewed in time for that year is not flagged today.
    [2024, '2026-11-20', '2024-12-31'],
    // A coming year (advance payment): today, never a day still to come.
    [2027, '2026-11-20', '2026-11-20'],
  ])('for %i on %s judges on %s', (year, referenceDate, judgedOn) => {
    expect(certificateReferenceDate({ year, referenceDate })).toBe(judgedOn);
  });

  it('flags a certificate that ran out during a past year applied for', () => {
    const context = { year: 2024, referenceDate: '2026-11-20' };
    expect(certificateRenewalForYear('2023-06-01', context)).toEqual({ renewOn: '2024-06-01', due: true });
    expect(certificateRenewalForYear('2024-02-01', context)).toEqual({ renewOn: '2025-02-01', due: false });
  });
});

describe('certificateRenewalDate properties', () => {
  const issueDate = fc
    .record({
      year: fc.integer({ min: 1900, max: 2100 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ year, month, day }) => {
      const capped = Math.min(day, daysInMonth(year, month));
      return `${year}-${String(month).padStart(2, '0')}-${String(capped).padStart(2, '0')}`;
    });

  it('is a real date after the issue date and at most 366 days later', () => {
    fc.assert(
      fc.property(issueDate, (issuedOn) => {
        const renewOn = certificateRenewalDate(issuedOn);
        expect(isIsoCalendarDate(renewOn)).toBe(true);
        expect(renewOn > issuedOn).toBe(true);
        expect(renewOn <= addDays(issuedOn, 366)).toBe(true);
        // …and never earlier than 365 days: a year, less only the 29 February that does not come again.
        expect(renewOn >= addDays(issuedOn, 365)).toBe(true);
      }),
    );
  });

  it('is due exactly from the renewal date on', () => {
    fc.assert(
      fc.property(issueDate, fc.integer({ min: -400, max: 400 }), (issuedOn, offset) => {
        const renewOn = certificateRenewalDate(issuedOn);
        const referenceDate = addDays(renewOn, offset);
        expect(certificateRenewal(issuedOn, referenceDate).due).toBe(offset >= 0);
      }),
    );
  });
});
