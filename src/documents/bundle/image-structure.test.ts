import { describe, expect, it } from 'vitest';
import { bundleWith, jpeg, png } from './bundle-fixtures.test-support';
import { crc32 } from './crc32';
import { checkJpegStructure, checkPngStructure } from './image-structure';
import { readBundle } from './read-bundle';

// A photo must be what its first bytes claim all the way through. Each rule: a file that breaks it, built
// here, refused by the reader with the file named.

const reasonOf = (result: ReturnType<typeof checkPngStructure>) => (result.ok ? 'ok' : result.reason);

const expectRefused = (name: string, bytes: Uint8Array, code: string) => {
  const result = readBundle(bundleWith(name, bytes));
  expect(result.ok).toBe(false);
  expect(result.ok ? [] : result.problems).toContainEqual(
    expect.objectContaining({ code, path: `data/${name}` }),
  );
};

/** The PNG with IHDR byte `at` (0 = first data byte) set to `value`, its CRC fixed unless told not to. */
function withIhdrByte(at: number, value: number, fixCrc = true): Uint8Array {
  const bytes = png(10, 10).slice();
  bytes[16 + at] = value;
  if (fixCrc) new DataView(bytes.buffer).setUint32(29, crc32(bytes.subarray(12, 29)));
  return bytes;
}

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

describe('PNG structure', () => {
  it('accepts a complete PNG, also with bytes after IEND', () => {
    expect(checkPngStructure(png(800, 600))).toEqual({ ok: true, size: { width: 800, height: 600 } });
    expect(reasonOf(checkPngStructure(concat(png(8, 8), ascii('trailer'))))).toBe('ok');
  });

  it.each([
    ['a wrong IHDR CRC', withIhdrByte(0, 1, false), 'png.ihdr-crc', 'image.malformed'],
    ['a bit depth its colour type does not allow', withIhdrByte(8, 4), 'png.ihdr-fields', 'image.malformed'],
    ['an unknown colour type', withIhdrByte(9, 5), 'png.ihdr-fields', 'image.malformed'],
    ['a width of zero', withIhdrByte(3, 0), 'png.dimensions', 'image.no-dimensions'],
    ['no IEND (cut off)', png(10, 10).subarray(0, -12), 'png.truncated', 'image.malformed'],
    ['a chunk longer than the file', png(10, 10).subarray(0, 50), 'png.chunk', 'image.malformed'],
    [
      'another chunk before IHDR',
      concat(png(1, 1).subarray(0, 8), png(1, 1).subarray(-12), png(1, 1).subarray(8)),
      'png.ihdr-first',
      'image.malformed',
    ],
    [
      'no IDAT before IEND',
      concat(png(10, 10).subarray(0, 33), png(10, 10).subarray(-12)),
      'png.iend',
      'image.malformed',
    ],
    [
      'HTML after a PNG signature',
      concat(png(1, 1).subarray(0, 8), ascii('<html><script>alert(1)</script></html>')),
      'png.ihdr-first',
      'image.malformed',
    ],
  ])('refuses a PNG with %s', (_, bytes, reason, code) => {
    expect(reasonOf(checkPngStructure(bytes))).toBe(reason);
    expectRefused('rente.png', bytes, code);
  });
});

describe('JPEG structure', () => {
  it('accepts a complete JPEG, fill bytes before a marker, and a phone trailer after EOI', () => {
    expect(checkJpegStructure(jpeg(4032, 3024))).toEqual({ ok: true, size: { width: 4032, height: 3024 } });
    const filled = Uint8Array.from([0xff, 0xd8, 0xff, ...jpeg(10, 20).subarray(2)]);
    expect(reasonOf(checkJpegStructure(filled))).toBe('ok');
    expect(reasonOf(checkJpegStructure(concat(jpeg(10, 20), ascii('MotionPhoto_Data'))))).toBe('ok');
  });

  const sof = jpeg(10, 20);
  const withByte = (at: number, value: number) => {
    const bytes = sof.slice();
    bytes[at] = value;
    return bytes;
  };

  it.each([
    [
      'its scan before any frame header',
      Uint8Array.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0xff, 0xd9]),
      'jpeg.no-frame',
      'image.no-dimensions',
    ],
    ['no end of image (cut off)', sof.subarray(0, -2), 'jpeg.truncated', 'image.malformed'],
    ['a segment longer than the file', sof.subarray(0, 24), 'jpeg.segment', 'image.malformed'],
    [
      'a frame header whose length does not match its components',
      withByte(29, 2),
      'jpeg.frame',
      'image.malformed',
    ],
    ['a width of zero', withByte(28, 0), 'jpeg.dimensions', 'image.no-dimensions'],
    ['bytes that are no marker', withByte(20, 0x12), 'jpeg.marker', 'image.malformed'],
    [
      'HTML after a JPEG signature',
      concat(sof.subarray(0, 3), ascii('<html><script>alert(1)</script></html>')),
      'jpeg.segment',
      'image.malformed',
    ],
  ])('refuses a JPEG with %s', (_, bytes, reason, code) => {
    expect(reasonOf(checkJpegStructure(bytes))).toBe(reason);
    expectRefused('beleg.jpg', bytes, code);
  });
});
