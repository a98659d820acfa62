import { describe, expect, it } from 'vitest';
import { jpeg, png } from './bundle-fixtures.test-support';
import { jpegDimensions, pngDimensions } from './image-dimensions';

describe('image dimensions from the header', () => {
  it('reads PNG IHDR', () => {
    expect(pngDimensions(png(800, 600))).toEqual({ width: 800, height: 600 });
    expect(pngDimensions(png(800, 600).subarray(0, 20))).toBeUndefined();
  });

  it('reads the JPEG SOFn after other segments and fill bytes', () => {
    expect(jpegDimensions(jpeg(4032, 3024))).toEqual({ width: 4032, height: 3024 });
    const withFill = Uint8Array.from([0xff, 0xd8, 0xff, ...jpeg(10, 20).subarray(2)]);
    expect(jpegDimensions(withFill)).toEqual({ width: 10, height: 20 });
  });

  it('gives nothing for a JPEG whose scan starts before any frame header', () => {
    expect(jpegDimensions(Uint8Array.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0xff, 0xd9]))).toBeUndefined();
    expect(jpegDimensions(jpeg(10, 20).subarray(0, 24))).toBeUndefined();
  });
});
