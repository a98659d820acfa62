// Builds what a phone camera writes into a photo: an APP1 Exif segment with an orientation and a GPS position
// (TIFF 6.0 § 2, Exif 2.32 § 4.6), for tests that prove the shrunk photo no longer carries it.

export type ExifFixture = {
  /** EXIF orientation 1–8; 6 = the camera was held upright, the pixels are stored rotated 90° counter-clockwise. */
  orientation: number;
  /** Degrees, minutes, seconds. */
  latitude: readonly [number, number, number];
  longitude: readonly [number, number, number];
};

const short = 3;
const long = 4;
const ascii = 2;
const rational = 5;

type Entry = { tag: number; type: number; count: number; value: number[] | Uint8Array };

function writeIfd(view: DataView, at: number, entries: Entry[], dataAt: number): number {
  view.setUint16(at, entries.length);
  let data = dataAt;
  entries.forEach(({ tag, type, count, value }, index) => {
    const entry = at + 2 + index * 12;
    view.setUint16(entry, tag);
    view.setUint16(entry + 2, type);
    view.setUint32(entry + 4, count);
    if (type === rational) {
      view.setUint32(entry + 8, data);
      for (const number of value as number[]) {
        view.setUint32(data, number);
        data += 4;
      }
    } else if (type === ascii) {
      (value as Uint8Array).forEach((byte, offset) => view.setUint8(entry + 8 + offset, byte));
    } else if (type === short) {
      view.setUint16(entry + 8, (value as number[])[0] ?? 0);
    } else {
      view.setUint32(entry + 8, (value as number[])[0] ?? 0);
    }
  });
  view.setUint32(at + 2 + entries.length * 12, 0);
  return data;
}

const dms = ([degrees, minutes, seconds]: readonly [number, number, number]) => [
  degrees,
  1,
  minutes,
  1,
  Math.round(seconds * 100),
  100,
];

/** The whole APP1 segment, marker and length included (big-endian TIFF, IFD0 then the GPS IFD). */
export function exifGpsSegment(fixture: ExifFixture): Uint8Array {
  const tiff = new Uint8Array(200);
  const view = new DataView(tiff.buffer);
  tiff.set([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]);
  const gpsIfdAt = 8 + 2 + 2 * 12 + 4;
  writeIfd(
    view,
    8,
    [
      { tag: 0x0112, type: short, count: 1, value: [fixture.orientation] },
      { tag: 0x8825, type: long, count: 1, value: [gpsIfdAt] },
    ],
    gpsIfdAt,
  );
  const end = writeIfd(
    view,
    gpsIfdAt,
    [
      { tag: 0x0001, type: ascii, count: 2, value: Uint8Array.of(0x4e, 0) },
      { tag: 0x0002, type: rational, count: 3, value: dms(fixture.latitude) },
      { tag: 0x0003, type: ascii, count: 2, value: Uint8Array.of(0x45, 0) },
      { tag: 0x0004, type: rational, count: 3, value: dms(fixture.longitude) },
    ],
    gpsIfdAt + 2 + 4 * 12 + 4,
  );
  const header = new TextEncoder().encode('Exif\0\0');
  const length = 2 + header.length + end;
  const segment = new Uint8Array(2 + length);
  segment.set([0xff, 0xe1, length >> 8, length & 0xff]);
  segment.set(header, 4);
  segment.set(tiff.subarray(0, end), 4 + header.length);
  return segment;
}

/** The JPEG with `segment` right after SOI, where cameras put their APP1. */
export function spliceAfterSoi(jpeg: Uint8Array, segment: Uint8Array): Uint8Array {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('spliceAfterSoi: not a JPEG');
  const result = new Uint8Array(jpeg.length + segment.length);
  result.set(jpeg.subarray(0, 2));
  result.set(segment, 2);
  result.set(jpeg.subarray(2), 2 + segment.length);
  return result;
}
