import { crc32 } from './crc32';
import type { Dimensions } from './image-dimensions';

// A photo must be what its first bytes claim, all the way through: an HTML page or a script behind a JPEG
// signature, or a file cut off in transfer, is refused before a browser or a caseworker's viewer decodes it.
// Checked here is the container, not the compressed pixels: the marker segments of a JPEG (ITU T.81 Annex B)
// and the chunks of a PNG (PNG spec, 2nd ed., § 5). Bytes after the end (JPEG EOI, PNG IEND) are allowed:
// phones append motion-photo videos and maker data there, browsers ignore them, and the app re-encodes photos.

export type ImageStructure = { ok: true; size: Dimensions } | { ok: false; reason: string };

const bad = (reason: string): ImageStructure => ({ ok: false, reason });

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
// PNG § 11.2.2 Table 11.1: allowed bit depths per colour type.
const bitDepths = new Map<number, number[]>([
  [0, [1, 2, 4, 8, 16]],
  [2, [8, 16]],
  [3, [1, 2, 4, 8]],
  [4, [8, 16]],
  [6, [8, 16]],
]);
const ascii = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/** PNG: signature, IHDR first with a correct CRC and valid fields, then chunks up to IEND with IDAT before. */
export function checkPngStructure(bytes: Uint8Array): ImageStructure {
  if (!pngSignature.every((byte, index) => bytes[index] === byte)) return bad('png.signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 8 + 25) return bad('png.truncated');
  if (view.getUint32(8) !== 13 || ascii(bytes.subarray(12, 16)) !== 'IHDR') return bad('png.ihdr-first');
  if (crc32(bytes.subarray(12, 29)) !== view.getUint32(29)) return bad('png.ihdr-crc');
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const [depth = 0, colour = 0, compression, filter, interlace = 0] = bytes.subarray(24, 29);
  if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff) return bad('png.dimensions');
  if (!(bitDepths.get(colour) ?? []).includes(depth) || compression !== 0 || filter !== 0 || interlace > 1) {
    return bad('png.ihdr-fields');
  }
  let at = 33;
  let sawData = false;
  let sawPalette = false;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const type = ascii(bytes.subarray(at + 4, at + 8));
    if (!/^[A-Za-z]{4}$/.test(type) || at + 12 + length > bytes.length) return bad('png.chunk');
    if (type === 'IHDR') return bad('png.chunk');
    if (type === 'PLTE') sawPalette = true;
    if (type === 'IDAT') {
      if (colour === 3 && !sawPalette) return bad('png.palette');
      sawData = true;
    }
    if (type === 'IEND')
      return sawData && length === 0 ? { ok: true, size: { width, height } } : bad('png.iend');
    at += 12 + length;
  }
  return bad('png.truncated');
}

// Start-of-frame markers (ITU T.81 Table B.1): C0–CF except DHT (C4), JPG (C8) and DAC (CC).
const isStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);

/**
 * JPEG: SOI, then well-formed marker segments, a frame header (SOFn) with non-zero dimensions and a matching
 * length before the first scan (SOS), and an end of image (EOI) after it: a photo cut off in transfer is refused,
 * although a browser would show its upper part.
 */
export function checkJpegStructure(bytes: Uint8Array): ImageStructure {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return bad('jpeg.signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  let size: Dimensions | undefined;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return bad('jpeg.marker');
    const marker = bytes[at + 1] ?? 0;
    // Fill bytes (FF FF …) may precede a marker (T.81 § B.1.1.2).
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0x00 || marker === 0xd8 || marker === 0xd9 || (marker >= 0xd0 && marker <= 0xd7)) {
      return bad('jpeg.marker');
    }
    if (marker === 0x01) {
      at += 2;
      continue;
    }
    const length = view.getUint16(at + 2);
    if (length < 2 || at + 2 + length > bytes.length) return bad('jpeg.segment');
    if (isStartOfFrame(marker)) {
      if (size !== undefined || length < 8) return bad('jpeg.frame');
      const components = bytes[at + 9] ?? 0;
      size = { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
      // A height of 0 defers it to a DNL segment (T.81 § B.2.5): no phone or scanner writes that.
      if (components < 1 || components > 4 || length !== 8 + 3 * components) return bad('jpeg.frame');
      if (size.width === 0 || size.height === 0) return bad('jpeg.dimensions');
    }
    if (marker === 0xda) {
      if (size === undefined) return bad('jpeg.no-frame');
      return hasEndOfImage(bytes, at + 2 + length) ? { ok: true, size } : bad('jpeg.truncated');
    }
    at += 2 + length;
  }
  return bad('jpeg.truncated');
}

function hasEndOfImage(bytes: Uint8Array, from: number): boolean {
  for (let at = bytes.length - 2; at >= from; at--) {
    if (bytes[at] === 0xff && bytes[at + 1] === 0xd9) return true;
  }
  return false;
}
