// The marker segments of a JPEG before its image data (ITU T.81 § B.1.1.2), to prove what metadata a file
// still carries: EXIF (with GPS position, camera serial, time) lives in APP1, as does XMP; IPTC in APP13.

export type JpegSegment = {
  marker: number;
  /** Offset of the 0xFF of the marker. */
  offset: number;
  /** Length of the segment's payload, without marker and length field. */
  payloadLength: number;
  /** The payload's leading NUL-terminated identifier ("JFIF", "Exif", "http://ns.adobe.com/xap/1.0/"), if any. */
  identifier: string;
};

export const app1Marker = 0xe1;

function identifierAt(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let at = start; at < end && at < start + 40; at += 1) {
    const byte = bytes[at] ?? 0;
    if (byte === 0) return text;
    if (byte < 0x20 || byte > 0x7e) return '';
    text += String.fromCharCode(byte);
  }
  return '';
}

/** Every segment from SOI up to and including SOS; throws on bytes that are not a JPEG's header. */
export function jpegSegments(bytes: Uint8Array): JpegSegment[] {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('jpegSegments: no SOI marker');
  const segments: JpegSegment[] = [];
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) throw new Error(`jpegSegments: no marker at offset ${at}`);
    const marker = bytes[at + 1] ?? 0;
    // Fill bytes may precede a marker; RSTn and TEM carry no length.
    if (marker === 0xff || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += marker === 0xff ? 1 : 2;
      continue;
    }
    if (marker === 0xd9) return segments;
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    if (length < 2 || at + 2 + length > bytes.length) throw new Error(`jpegSegments: bad length at ${at}`);
    const payloadStart = at + 4;
    const payloadEnd = at + 2 + length;
    segments.push({
      marker,
      offset: at,
      payloadLength: length - 2,
      identifier: identifierAt(bytes, payloadStart, payloadEnd),
    });
    // After SOS the entropy-coded data begins: nothing else of interest is declared there.
    if (marker === 0xda) return segments;
    at = payloadEnd;
  }
  return segments;
}

/** APP1 (EXIF, XMP), APP13 (IPTC) and COM segments: what a shrunk photo must not carry. */
export function metadataSegments(bytes: Uint8Array): JpegSegment[] {
  return jpegSegments(bytes).filter(
    (segment) => segment.marker === app1Marker || segment.marker === 0xed || segment.marker === 0xfe,
  );
}
