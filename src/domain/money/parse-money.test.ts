import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { formatMoney } from './format-money';
import { parseMoney } from './parse-money';

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

describe('parseMoney accepts what people type', () => {
  it.each([
    ['1.234,56', 123456],
    ['12,50 €', 1250],
    ['12,50€', 1250],
    ['12,50', 1250],
    ['12.5', 1250],
    ['12.50', 1250],
    ['€ 12,50', 1250],
    ['€12,50', 1250],
    ['1234', 123400],
    ['0,5', 50],
    ['0', 0],
    ['0,00', 0],
    [',50', 50],
    ['12,', 1200],
    ['12,-', 1200],
    ['12,– €', 1200],
    ['1 234,56', 123456],
    [`1${NBSP}234,56${NBSP}€`, 123456],
    [`1${NARROW_NBSP}234${NARROW_NBSP}567,89`, 123456789],
    ['  12,50  ', 1250],
    ['12,50 EUR', 1250],
    ['EUR 12,50', 1250],
    ['eur 12,50', 1250],
    ['12,50 Euro', 1250],
    ['1.234', 123400],
    ['1.234.567', 123456700],
    ['1.234.567,89', 123456789],
    ['10.500', 1050000],
    ['1,234.56', 123456],
    ['1,234,567.89', 123456789],
    ['1,234,567', 123456700],
    ['€1,234.56', 123456],
    ['0012,50', 1250],
    ['90.071.992.547.409,91', Number.MAX_SAFE_INTEGER],
  ])('%j is %i cents', (input, cents) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: cents });
  });
});

describe('parseMoney rejects without guessing', () => {
  it.each([
    ['', 'money.empty'],
    ['   ', 'money.empty'],
    ['€', 'money.noDigits'],
    [',', 'money.noDigits'],
    ['12,-5', 'money.invalidCharacters'],
    ['-12,50', 'money.negative'],
    ['−12,50', 'money.negative'],
    ['€ -12,50', 'money.negative'],
    ['12,50-', 'money.negative'],
    ['-€1,234.56', 'money.negative'],
    ['12a', 'money.invalidCharacters'],
    ['zwölf', 'money.invalidCharacters'],
    ['1e3', 'money.invalidCharacters'],
    ['€ 12 €', 'money.invalidCharacters'],
    ['$12', 'money.invalidCharacters'],
    ['12,345', 'money.tooManyDecimals'],
    ['12,505', 'money.tooManyDecimals'],
    ['0.123', 'money.tooManyDecimals'],
    ['1,234.567', 'money.tooManyDecimals'],
    ['1.234,5,6', 'money.multipleDecimalSeparators'],
    ['1,2.3.4', 'money.multipleDecimalSeparators'],
    ['1.23.4', 'money.malformedGrouping'],
    ['12,345,6', 'money.malformedGrouping'],
    ['12.50.3', 'money.malformedGrouping'],
    ['1.2345,00', 'money.malformedGrouping'],
    ['01.234', 'money.malformedGrouping'],
    ['1 23,45', 'money.malformedGrouping'],
    ['1  234', 'money.malformedGrouping'],
    ['1 234.567', 'money.malformedGrouping'],
    ['12 ,50', 'money.malformedGrouping'],
    ['12, 50', 'money.malformedDecimals'],
    ['90.071.992.547.409,92', 'money.tooLarge'],
    ['99999999999999999999999', 'money.tooLarge'],
  ])('%j fails with %s', (input, code) => {
    const result = parseMoney(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.code).toBe(code);
      expect(result.problem.message.de.length).toBeGreaterThan(20);
      expect(result.problem.message.en.length).toBeGreaterThan(20);
    }
  });
});

describe('parseMoney round trips formatMoney', () => {
  const safeCents = fc.oneof(
    fc.integer({ min: 0, max: 1_000_000 }),
    fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  );

  it('reads back the German format', () => {
    fc.assert(
      fc.property(safeCents, (cents) => {
        expect(parseMoney(formatMoney(cents, 'de'))).toEqual({ ok: true, value: cents });
      }),
    );
  });

  it('reads back the English format with and without the euro sign', () => {
    fc.assert(
      fc.property(safeCents, (cents) => {
        const english = formatMoney(cents, 'en');
        expect(parseMoney(english)).toEqual({ ok: true, value: cents });
        expect(parseMoney(english.replace('€', ''))).toEqual({ ok: true, value: cents });
      }),
    );
  });

  it('never rounds: a third decimal digit is always rejected', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.integer({ min: 100, max: 999 }), (euros, thousandths) => {
        const result = parseMoney(`${euros},${thousandths}`);
        expect(result.ok).toBe(false);
      }),
    );
  });
});
