import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ikCheckDigit, validateIk } from './ik';

const codeOf = (input: string) => {
  const result = validateIk(input);
  return result.ok ? 'ok' : result.problem.code;
};

describe('validateIk', () => {
  it.each(['260326822', '101575519', '100696012'])('accepts %s from docs/rules/rules.md § 8', (ik) => {
    expect(validateIk(ik)).toEqual({ ok: true, value: ik });
  });

  it('ignores spaces', () => {
    expect(validateIk(' 26 03 2682 2 ')).toEqual({ ok: true, value: '260326822' });
  });

  it.each([
    ['', 'ik.empty'],
    ['IK260326822', 'ik.digits'],
    ['26032682-2', 'ik.digits'],
    ['26032682', 'ik.length'],
    ['2603268222', 'ik.length'],
    ['260326823', 'ik.checkDigit'],
  ])('%j fails with %s', (input, code) => {
    expect(codeOf(input)).toBe(code);
  });
});

describe('ikCheckDigit', () => {
  it('computes the documented examples', () => {
    expect(ikCheckDigit('26032682')).toBe(2);
    expect(ikCheckDigit('10157551')).toBe(9);
    expect(ikCheckDigit('10069601')).toBe(2);
  });

  it('refuses malformed input', () => {
    expect(() => ikCheckDigit('1234567')).toThrow(RangeError);
  });

  const eightDigits = fc.stringMatching(/^\d{8}$/);
  const withTypo = (valid: string, at: number, shift: number) =>
    valid.slice(0, at) + String((Number(valid[at]) + shift) % 10) + valid.slice(at + 1);

  it('a number completed with its check digit validates', () => {
    fc.assert(
      fc.property(eightDigits, (start) => {
        expect(validateIk(`${start}${ikCheckDigit(start)}`).ok).toBe(true);
      }),
    );
  });

  it('a single changed digit in positions 3–9 is caught', () => {
    fc.assert(
      fc.property(
        eightDigits,
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (start, at, shift) => {
          expect(codeOf(withTypo(`${start}${ikCheckDigit(start)}`, at, shift))).toBe('ik.checkDigit');
        },
      ),
    );
  });

  // The check digit does not cover the classification (digits 1–2); pin that down so
  // nobody relies on it.
  it('a changed digit in positions 1–2 goes unnoticed', () => {
    fc.assert(
      fc.property(
        eightDigits,
        fc.integer({ min: 0, max: 1 }),
        fc.integer({ min: 1, max: 9 }),
        (start, at, shift) => {
          expect(codeOf(withTypo(`${start}${ikCheckDigit(start)}`, at, shift))).toBe('ok');
        },
      ),
    );
  });
});
