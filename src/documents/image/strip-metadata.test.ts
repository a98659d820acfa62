import { describe, expect, it } from 'vitest';
import { jpeg, png } from '../bundle/bundle-fixtures.test-support';
import { exifGpsSegment, spliceAfterSoi } from './exif-gps.test-support';
import { jpegSegments, metadataSegments } from './jpeg-segments';
import { stripJpegMetadata, stripPngMetadata } from './strip-metadata';

const gps = exifGpsSegment({ orientation: 6, latitude: [51, 2, 33.1], longitude: [13, 44, 12.6] });
const segment = (marker: number, text: string) => {
  const payload = new TextEncoder().encode(text);
  return Uint8Array.from([0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload]);
};

describe('stripJpegMetadata', () => {
  it('removes EXIF with its GPS position, XMP, IPTC and comments, and keeps the picture data', () => {
    const original = jpeg(40, 30);
    let withMetadata = spliceAfterSoi(original, gps);
    withMetadata = spliceAfterSoi(withMetadata, segment(0xfe, 'Aufgenommen in Dresden'));
    withMetadata = spliceAfterSoi(withMetadata, segment(0xed, 'Photoshop 3.0\u0000IPTC'));
    expect(metadataSegments(withMetadata)).toHaveLength(3);

    const stripped = stripJpegMetadata(withMetadata);
    expect(stripped).toBeDefined();
    expect(metadataSegments(stripped!)).toEqual([]);
    expect(new TextDecoder('latin1').decode(stripped)).not.toMatch(/Exif|GPS|Dresden|IPTC/);
    // What remains is the original file, byte for byte: nothing of the image itself was touched.
    expect(stripped).toEqual(stripJpegMetadata(original));
    expect(jpegSegments(stripped!).map((entry) => entry.marker)).toEqual(
      jpegSegments(original).map((entry) => entry.marker),
    );
  });

  it('refuses bytes whose header cannot be read, so they are never stored unstripped', () => {
    expect(stripJpegMetadata(new TextEncoder().encode('<html>not a photo</html>'))).toBeUndefined();
    expect(stripJpegMetadata(jpeg(10, 10).subarray(0, 12))).toBeUndefined();
  });
});

describe('stripPngMetadata', () => {
  it('removes text and EXIF chunks and keeps the rest', () => {
    const original = png(20, 10);
    const chunk = (type: string, text: string) => {
      const data = new TextEncoder().encode(text);
      const bytes = new Uint8Array(12 + data.length);
      new DataView(bytes.buffer).setUint32(0, data.length);
      bytes.set(new TextEncoder().encode(type), 4);
      bytes.set(data, 8);
      return bytes;
    };
    const withText = new Uint8Array([
      ...original.subarray(0, 33),
      ...chunk('tEXt', 'Location\u0000Dresden'),
      ...chunk('eXIf', 'MM\u0000*GPS'),
      ...original.subarray(33),
    ]);
    const stripped = stripPngMetadata(withText);
    expect(stripped).toEqual(original);
  });

  it('refuses a PNG without its end chunk', () => {
    expect(stripPngMetadata(png(20, 10).subarray(0, 40))).toBeUndefined();
  });
});
