import { describe, expect, it } from 'vitest';
import { debitDate, mandateReference } from './sepa-mandate';

describe('SEPA mandate', () => {
  it('derives the mandate reference from the application id', () => {
    expect(mandateReference('ZBA-0F8C2A4E9B1D')).toBe('ZBV0F8C2A4E9B1D');
    expect(mandateReference('0f8c2a4e-9b1d-4c3e-8f7a-6d5b4c3a2b1c')).toBe(
      'ZBV0F8C2A4E9B1D4C3E8F7A6D5B4C3A2B1C',
    );
  });

  it("derives it from the app's own application ids too", () => {
    expect(mandateReference('ZBA-640903FBDB70')).toBe('ZBV640903FBDB70');
    expect(() => mandateReference('ZBA-ÄÖ')).toThrow(RangeError);
    expect(() => mandateReference('')).toThrow(RangeError);
  });

  it('pre-notifies the debit 14 days after the mandate', () => {
    expect(debitDate('2026-12-20')).toBe('2027-01-03');
  });
});
