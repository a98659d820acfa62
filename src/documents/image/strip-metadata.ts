import { concatBytes } from '../concat-bytes';
import { app1Marker, jpegSegments } from './jpeg-segments';

/*
 * Removes what a camera writes about the picture (EXIF with the GPS position, XMP, IPTC, comments, maker notes)
 * by copying the file without those segments or chunks. Used where the browser cannot re-encode a photo (no
 * OffscreenCanvas): the photo is then stored at full size, but never with its location.
 */

// Kept JPEG segments: APP0 (JFIF), APP2 only as an ICC colour profile, APP14 "Adobe" (the decoder needs its
// colour transform flag). Every other APPn, and COM, may carry personal data and is not needed to decode.
const app0 = 0xe0;
const app2 = 0xe2;
const app14 = 0xee;
const comment = 0xfe;

function keepsJpegSegment(marker: number, identifier: string): boolean {
  if (marker === app0 || marker === app14) return true;
  if (marker === app2) return identifier === 'ICC_PROFILE';
  if (marker === app1Marker || marker === comment) return false;
  return !(marker >= 0xe0 && marker <= 0xef);
}

/** The JPEG without metadata segments, or undefined when its header cannot be read (then it is not stored). */
export function stripJpegMetadata(bytes: Uint8Array): Uint8Array | undefined {
  let segments;
  try {
    segments = jpegSegments(bytes);
  } catch {
    return undefined;
  }
  const scan = segments.at(-1);
  if (!scan || scan.marker !== 0xda) return undefined;
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  for (const segment of segments) {
    if (!keepsJpegSegment(segment.marker, segment.identifier)) continue;
    // SOS is kept with everything after it: the entropy-coded data and the end marker.
    const end = segment.marker === 0xda ? bytes.length : segment.offset + 4 + segment.payloadLength;
    parts.push(bytes.subarray(segment.offset, end));
  }
  return concatBytes(parts);
}

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
// Text, EXIF (with GPS) and the time of last change: nothing a receipt's picture needs.
const pngMetadataChunks = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME']);

/** The PNG without text and EXIF chunks, or undefined when its chunks cannot be read. */
export function stripPngMetadata(bytes: Uint8Array): Uint8Array | undefined {
  if (bytes.length < 8 || pngSignature.some((byte, index) => bytes[index] !== byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  let at = 8;
  let ended = false;
  while (!ended && at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (end > bytes.length) return undefined;
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (!pngMetadataChunks.has(type)) parts.push(bytes.subarray(at, end));
    at = end;
    ended = type === 'IEND';
  }
  if (!ended) return undefined;
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
