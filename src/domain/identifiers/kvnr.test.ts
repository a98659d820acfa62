import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { kvnrCheckDigit, normaliseKvnr, validateKvnr } from './kvnr';

const codeOf = (input: string) => {
  const result = validateKvnr(input);
  return result.ok ? 'ok' : result.problem.code;
};

describe('validateKvnr', () => {
  it.each(['X110411675', 'A123456780', 'D456789013'])('accepts %s from docs/rules/rules.md § 8', (kvnr) => {
    expect(validateKvnr(kvnr)).toEqual({ ok: true, value: kvnr });
  });

  it('normalises case and spaces', () => {
    expect(validateKvnr('  a 123 456 780 ')).toEqual({ ok: true, value: 'A123456780' });
  });

  it.each([
    ['', 'kvnr.empty'],
    ['   ', 'kvnr.empty'],
    ['A12345678', 'kvnr.length'],
    ['A1234567801', 'kvnr.length'],
    ['1123456780', 'kvnr.firstLetter'],
    ['Ä123456780', 'kvnr.firstLetter'],
    ['AB23456780', 'kvnr.digits'],
    ['A12345678-', 'kvnr.digits'],
    ['A123456789', 'kvnr.checkDigit'],
  ])('%j fails with %s', (input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it('says that a digit was probably mistyped', () => {
    const result = validateKvnr('A123456789');
    expect(result.ok ? '' : result.problem.message.de).toContain('vertippt');
    expect(result.ok ? '' : result.problem.message.en).toContain('mistyped');
  });
});

describe('normaliseKvnr', () => {
  it.each([
    ['a123456780', 'A123456780'],
    [' A 123 456 780 ', 'A123456780'],
    ['a12\u00a0345', 'A12345'],
    ['', ''],
  ])('shows %j as %j', (input, shown) => {
    expect(normaliseKvnr(input)).toBe(shown);
  });

  it('gives what validateKvnr accepts', () => {
    const valid = validateKvnr(' a 123456780');
    expect(valid).toEqual({ ok: true, value: normaliseKvnr(' a 123456780') });
  });
});

describe('kvnrCheckDigit', () => {
  it('computes the documented examples', () => {
    expect(kvnrCheckDigit('X11041167')).toBe(5);
    expect(kvnrCheckDigit('A12345678')).toBe(0);
    expect(kvnrCheckDigit('D45678901')).toBe(3);
  });

  it('refuses malformed input', () => {
    expect(() => kvnrCheckDigit('a12345678')).toThrow(RangeError);
    expect(() => kvnrCheckDigit('A1234567')).toThrow(RangeError);
  });

  const letter = fc.integer({ min: 65, max: 90 }).map((code) => String.fromCharCode(code));
  const eightDigits = fc.stringMatching(/^\d{8}$/);
  const base = fc.tuple(letter, eightDigits).map(([l, d]) => l + d);

  it('a number completed with its check digit validates', () => {
    fc.assert(
      fc.property(base, (start) => {
        expect(validateKvnr(`${start}${kvnrCheckDigit(start)}`).ok).toBe(true);
      }),
    );
  });

  // Weights 1 and 2 with digit sums map each digit 0–9 to a distinct residue mod 10
  // (2·d gives quersummen 0,2,4,6,8,1,3,5,7,9), so any single-digit change is caught.
  // The letter is not: A (01) and T (20) contribute the same, so only digits are asserted.
  it('changing any single digit makes a valid number invalid', () => {
    fc.assert(
      fc.property(
        base,
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (start, at, shift) => {
          const valid = `${start}${kvnrCheckDigit(start)}`;
          const changed = (Number(valid[at]) + shift) % 10;
          const typo = valid.slice(0, at) + String(changed) + valid.slice(at + 1);
          expect(codeOf(typo)).toBe('kvnr.checkDigit');
        },
      ),
    );
  });
});
