import { describe, expect, it } from 'vitest';

import { weightedDigitSum } from './weighted-digit-sum';

describe('weightedDigitSum', () => {
  it('adds the digit sums of the weighted digits', () => {
    // 1·1 + 8·2=16→7 + 9·1 = 17
    expect(weightedDigitSum('189', [1, 2])).toBe(17);
  });

  it('repeats the weights', () => {
    expect(weightedDigitSum('1111', [1, 2])).toBe(6);
  });

  it('rejects anything but digits', () => {
    expect(() => weightedDigitSum('1a', [1, 2])).toThrow(RangeError);
    expect(() => weightedDigitSum('1 ', [1, 2])).toThrow(RangeError);
  });
});
