import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isCents, sumCents } from './cents';

describe('isCents', () => {
  it.each([
    [0, true],
    [1250, true],
    [-300, true],
    [Number.MAX_SAFE_INTEGER, true],
    [12.5, false],
    [Number.MAX_SAFE_INTEGER + 1, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
    ['1250', false],
  ])('isCents(%s) is %s', (value, expected) => {
    expect(isCents(value)).toBe(expected);
  });
});

describe('sumCents', () => {
  it('adds integer cents exactly where floats would drift', () => {
    expect(sumCents([10, 20])).toBe(30);
    expect(sumCents([])).toBe(0);
  });

  it('rejects non-integers and overflow', () => {
    expect(() => sumCents([1.5])).toThrow(RangeError);
    expect(() => sumCents([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });

  it('is independent of order', () => {
    const amount = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });
    fc.assert(
      fc.property(fc.array(amount), (values) => {
        expect(sumCents([...values].reverse())).toBe(sumCents(values));
      }),
    );
  });
});
