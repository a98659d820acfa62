import { describe, expect, it } from 'vitest';

import { formatMoney } from './format-money';

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
    expect(formatMoney(cents, 'de')).toBe(de);
    expect(formatMoney(cents, 'en')).toBe(en);
  });

  it('treats minus zero as zero', () => {
    expect(formatMoney(-0, 'de')).toBe('0,00 €');
  });

  it('refuses amounts that are not integer cents', () => {
    expect(() => formatMoney(12.5, 'de')).toThrow(RangeError);
    expect(() => formatMoney(Number.MAX_SAFE_INTEGER + 1, 'en')).toThrow(RangeError);
  });
});
