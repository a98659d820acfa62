import { describe, expect, it } from 'vitest';
import { firstJpegQuality, jpegQualities, nextJpegQuality, targetJpegBytes } from './jpeg-quality';

describe('nextJpegQuality', () => {
  it('starts at 0.8 and never goes below 0.6', () => {
    expect(firstJpegQuality).toBe(0.8);
    expect(Math.min(...jpegQualities)).toBe(0.6);
  });

  it('keeps an encoding that is at or below the target', () => {
    expect(nextJpegQuality(0.8, targetJpegBytes)).toBeUndefined();
    expect(nextJpegQuality(0.7, 100_000)).toBeUndefined();
  });

  it('steps down by 0.05 while the result is too large', () => {
    const big = targetJpegBytes + 1;
    expect(nextJpegQuality(0.8, big)).toBe(0.75);
    expect(nextJpegQuality(0.75, big)).toBe(0.7);
    expect(nextJpegQuality(0.65, big)).toBe(0.6);
  });

  it('keeps the floor encoding even when it is still too large', () => {
    expect(nextJpegQuality(0.6, 5 * targetJpegBytes)).toBeUndefined();
  });

  it('walks at most five encodings for any sequence of sizes', () => {
    let quality: number | undefined = firstJpegQuality;
    const tried: number[] = [];
    while (quality !== undefined) {
      tried.push(quality);
      quality = nextJpegQuality(quality, 10 * targetJpegBytes);
    }
    expect(tried).toEqual([0.8, 0.75, 0.7, 0.65, 0.6]);
  });

  it('refuses a quality that is not a step', () => {
    expect(() => nextJpegQuality(0.9, targetJpegBytes + 1)).toThrow(RangeError);
  });
});
