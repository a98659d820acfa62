import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { formatMoney } from './format-money';

// The expected German amounts below are written with a plain space for readability; formatMoney puts a no-break
// space (U+00A0) before "€", which `nb` restores.
const nb = (text: string) => text.replace(' €', '\u00a0€');

describe('formatMoney', () => {
  it.each([
    [0, '0,00 €', '€0.00'],
    [5, '0,05 €', '€0.05'],
    [50, '0,50 €', '€0.50'],
    [1250, '12,50 €', '€12.50'],
    [100000, '1.000,00 €', '€1,000.00'],
    [123456, '1.234,56 €', '€1,234.56'],
    [123456789, '1.234.567,89 €', '€1,234,567.89'],
    [-123456, '-1.234,56 €', '-€1,234.56'],
    [-5, '-0,05 €', '-€0.05'],
    [Number.MAX_SAFE_INTEGER, '90.071.992.547.409,91 €', '€90,071,992,547,409.91'],
  ])('%i cents', (cents, de, en) => {
    expect(formatMoney(cents, 'de')).toBe(nb(de));
    expect(formatMoney(cents, 'en')).toBe(en);
  });

  it('writes the German amount exactly as Intl.NumberFormat does, no-break space included', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), (cents) => {
        const intl = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });
        expect(formatMoney(cents, 'de')).toBe(intl.format(cents / 100));
      }),
    );
  });

  it('never leaves a breakable space in an amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), (cents) => {
        expect(formatMoney(cents, 'de')).not.toMatch(/[ \t\n]/);
        expect(formatMoney(cents, 'en')).not.toMatch(/[ \t\n]/);
      }),
    );
  });

  it('treats minus zero as zero', () => {
    expect(formatMoney(-0, 'de')).toBe('0,00\u00a0€');
  });

  it('refuses amounts that are not integer cents', () => {
    expect(() => formatMoney(12.5, 'de')).toThrow(RangeError);
    expect(() => formatMoney(Number.MAX_SAFE_INTEGER + 1, 'en')).toThrow(RangeError);
  });
});
