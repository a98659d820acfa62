import { describe, expect, it } from 'vitest';
import { exifGpsSegment, spliceAfterSoi } from './exif-gps.test-support';
import { app1Marker, jpegSegments, metadataSegments } from './jpeg-segments';

const segment = (marker: number, payload: number[]) => [
  0xff,
  marker,
  (payload.length + 2) >> 8,
  (payload.length + 2) & 0xff,
  ...payload,
];
const ascii = (text: string) => [...new TextEncoder().encode(text)];

// The header of a canvas-made JPEG: SOI, APP0 JFIF, DQT, SOF0, SOS, some scan bytes, EOI.
const canvasJpeg = Uint8Array.from([
  0xff,
  0xd8,
  ...segment(0xe0, [...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
  ...segment(0xdb, [0, ...new Array<number>(64).fill(1)]),
  ...segment(0xc0, [8, 0, 16, 0, 16, 1, 1, 0x11, 0]),
  ...segment(0xda, [1, 1, 0, 0, 63, 0]),
  0x12,
  0x34,
  0xff,
  0x00,
  0x56,
  0xff,
  0xd9,
]);

const gps = { orientation: 6, latitude: [51, 3, 2.5], longitude: [13, 44, 15.25] } as const;

describe('jpegSegments', () => {
  it('lists the segments up to the scan with their identifiers', () => {
    expect(jpegSegments(canvasJpeg).map(({ marker, identifier }) => [marker, identifier])).toEqual([
      [0xe0, 'JFIF'],
      [0xdb, ''],
      [0xc0, ''],
      [0xda, ''],
    ]);
    expect(metadataSegments(canvasJpeg)).toEqual([]);
  });

  it('finds the APP1 Exif segment a camera writes after SOI', () => {
    const withExif = spliceAfterSoi(canvasJpeg, exifGpsSegment(gps));
    const found = metadataSegments(withExif);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ marker: app1Marker, offset: 2, identifier: 'Exif' });
  });

  it('finds XMP, IPTC and comments as well', () => {
    const tagged = Uint8Array.from([
      0xff,
      0xd8,
      ...segment(0xe1, [...ascii('http://ns.adobe.com/xap/1.0/'), 0, ...ascii('<x/>')]),
      ...segment(0xed, [...ascii('Photoshop 3.0'), 0]),
      ...segment(0xfe, ascii('Kommentar')),
      ...canvasJpeg.subarray(2),
    ]);
    expect(metadataSegments(tagged).map((entry) => entry.marker)).toEqual([0xe1, 0xed, 0xfe]);
  });

  it('refuses bytes that are not a JPEG or are cut inside a segment', () => {
    expect(() => jpegSegments(Uint8Array.of(0x89, 0x50))).toThrow('no SOI');
    expect(() => jpegSegments(canvasJpeg.subarray(0, 10))).toThrow('bad length');
  });
});

describe('exifGpsSegment', () => {
  it('writes IFD0 with the orientation and a pointer to a GPS IFD with latitude and longitude', () => {
    const app1 = exifGpsSegment(gps);
    const tiff = new DataView(app1.buffer, 10);
    expect(String.fromCharCode(app1[10]!, app1[11]!)).toBe('MM');
    const tagsAt = (ifd: number) =>
      Array.from({ length: tiff.getUint16(ifd) }, (_, index) => tiff.getUint16(ifd + 2 + index * 12));
    expect(tagsAt(8)).toEqual([0x0112, 0x8825]);
    expect(tiff.getUint16(8 + 2 + 8)).toBe(6);
    const gpsIfd = tiff.getUint32(8 + 2 + 12 + 8);
    expect(tagsAt(gpsIfd)).toEqual([1, 2, 3, 4]);
    const latitudeAt = tiff.getUint32(gpsIfd + 2 + 12 + 8);
    expect(tiff.getUint32(latitudeAt)).toBe(51);
    expect(tiff.getUint32(latitudeAt + 16) / tiff.getUint32(latitudeAt + 20)).toBe(2.5);
  });
});
