import { describe, expect, it } from 'vitest';
import { targetSize } from './target-size';

describe('targetSize', () => {
  it.each([
    { from: [4000, 3000], to: [2000, 1500], why: 'a 12-MP landscape photo halves' },
    { from: [3000, 4000], to: [1500, 2000], why: 'portrait stays portrait' },
    { from: [4032, 3024], to: [2000, 1500], why: 'an iPhone photo, rounded' },
    { from: [2000, 1000], to: [2000, 1000], why: 'exactly at the limit: unchanged' },
    { from: [1170, 2532], to: [924, 2000], why: 'a phone screenshot' },
    { from: [800, 600], to: [800, 600], why: 'small photos are never scaled up' },
    { from: [1, 9000], to: [1, 2000], why: 'a thin strip keeps at least one pixel' },
  ])('$why: $from → $to', ({ from, to }) => {
    expect(targetSize({ width: from[0]!, height: from[1]! })).toEqual({ width: to[0], height: to[1] });
  });

  it('refuses an image without pixels', () => {
    expect(() => targetSize({ width: 0, height: 10 })).toThrow(RangeError);
  });
});
