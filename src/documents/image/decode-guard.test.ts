import { describe, expect, it } from 'vitest';
import { checkDecodable, maxDecodePixels } from './decode-guard';

function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

function jpegHeader(width: number, height: number): Uint8Array {
  // SOI, then SOF0 with 8-bit precision, height, width and one component.
  return Uint8Array.of(
    0xff,
    0xd8,
    0xff,
    0xc0,
    0,
    11,
    8,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    1,
    1,
    0x11,
    0,
  );
}

describe('checkDecodable', () => {
  it('reads the size of a phone photo and a screenshot from their headers', () => {
    expect(checkDecodable(jpegHeader(4000, 3000), 'image/jpeg')).toEqual({
      ok: true,
      size: { width: 4000, height: 3000 },
    });
    expect(checkDecodable(pngHeader(1170, 2532), 'image/png')).toEqual({
      ok: true,
      size: { width: 1170, height: 2532 },
    });
  });

  it('refuses a small file that claims a huge picture before it is decoded', () => {
    expect(maxDecodePixels).toBeGreaterThanOrEqual(108_000_000);
    expect(checkDecodable(pngHeader(100_000, 100_000), 'image/png')).toEqual({
      ok: false,
      reason: 'tooManyPixels',
    });
  });

  it('refuses bytes without a readable size', () => {
    expect(checkDecodable(Uint8Array.of(0xff, 0xd8, 0xff, 0xd9), 'image/jpeg')).toEqual({
      ok: false,
      reason: 'unreadable',
    });
    expect(checkDecodable(pngHeader(0, 10), 'image/png')).toEqual({ ok: false, reason: 'unreadable' });
  });
});
