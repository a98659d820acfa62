import { describe, expect, it } from 'vitest';
import { debitDate, mandateReference } from './sepa-mandate';

describe('SEPA mandate', () => {
  it('derives the mandate reference from the application id', () => {
    expect(mandateReference('ZBA-0F8C2A4E9B1D')).toBe('ZBV0F8C2A4E9B1D');
    expect(() => mandateReference('ZB-2026-000001')).toThrow(RangeError);
  });

  it("derives it from the app's own application ids too", () => {
    expect(mandateReference('ZBA-640903FBDB70')).toBe('ZBVZBA640903FBDB70');
    expect(() => mandateReference('ZBA-ÄÖ')).toThrow(RangeError);
    expect(() => mandateReference('')).toThrow(RangeError);
  });

  it('pre-notifies the debit 14 days after the mandate', () => {
    expect(debitDate('2026-12-20')).toBe('2027-01-03');
  });
});
