import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseMoney } from '../money/parse-money';
import { EPC_MAX_CENTS, EPC_MIN_CENTS, formatEpcAmount } from './epc-amount';

const codeOf = (cents: number) => {
  const result = formatEpcAmount(cents);
  return result.ok ? result.value : result.problem.code;
};

describe('formatEpcAmount', () => {
  it.each([
    [1, 'EUR0.01'],
    [10, 'EUR0.10'],
    [13512, 'EUR135.12'],
    [13510, 'EUR135.10'],
    [100, 'EUR1.00'],
    [99_999_999_999, 'EUR999999999.99'],
  ])('%i cents -> %s', (cents, text) => {
    expect(codeOf(cents)).toBe(text);
  });

  it.each([
    [0, 'epc.amount.tooSmall'],
    [-1, 'epc.amount.tooSmall'],
    [100_000_000_000, 'epc.amount.tooLarge'],
    [1.5, 'epc.amount.notCents'],
    [Number.NaN, 'epc.amount.notCents'],
  ])('%d fails with %s', (cents, code) => {
    expect(codeOf(cents)).toBe(code);
  });

  it('keeps the exact amount for every allowed value', () => {
    fc.assert(
      fc.property(fc.integer({ min: EPC_MIN_CENTS, max: EPC_MAX_CENTS }), (cents) => {
        const text = codeOf(cents);
        expect(text).toMatch(/^EUR(0|[1-9]\d{0,8})\.\d{2}$/);
        expect(parseMoney(text.slice(3))).toEqual({ ok: true, value: cents });
      }),
    );
  });
});
