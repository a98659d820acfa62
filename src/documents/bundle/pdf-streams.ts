import { concatBytes } from '../concat-bytes';
import { Inflate, Unzlib } from 'fflate';
import type { PDFContext } from 'pdf-lib';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFRawStream,
  type PDFObject,
} from 'pdf-lib';

// Decodes a stream's data through its filters (ISO 32000-1 § 7.4), never beyond a byte budget: a deflate bomb
// (1:1000) stops at the cap instead of filling memory. Flate goes through fflate in small steps; LZW, ASCIIHex,
// ASCII85 and RunLength through pdf-lib's decoders, which produce output on demand; PNG and TIFF predictors
// (§ 7.4.4.4) are undone here. Image codecs (DCT, JPX, CCITT, JBIG2) end the chain: their output is pixels,
// never objects.

export type Decoded =
  | { kind: 'ok'; bytes: Uint8Array }
  | { kind: 'image' }
  | { kind: 'undecodable' }
  | { kind: 'too-large' }
  | { kind: 'corrupt' };

// The abbreviations are those of inline images (§ 8.9.7, Table 94); pdf.js accepts them in streams too.
const canonical = new Map<string, string>([
  ['FlateDecode', 'FlateDecode'],
  ['Fl', 'FlateDecode'],
  ['LZWDecode', 'LZWDecode'],
  ['LZW', 'LZWDecode'],
  ['ASCIIHexDecode', 'ASCIIHexDecode'],
  ['AHx', 'ASCIIHexDecode'],
  ['ASCII85Decode', 'ASCII85Decode'],
  ['A85', 'ASCII85Decode'],
  ['RunLengthDecode', 'RunLengthDecode'],
  ['RL', 'RunLengthDecode'],
  ['DCTDecode', 'image'],
  ['DCT', 'image'],
  ['JPXDecode', 'image'],
  ['CCITTFaxDecode', 'image'],
  ['CCF', 'image'],
  ['JBIG2Decode', 'image'],
]);

/** Every filter name the decoder knows, abbreviations included. */
export const filterNames: readonly string[] = [...canonical.keys()];

const asList = (value: PDFObject | undefined): (PDFObject | undefined)[] =>
  value === undefined ? [] : value instanceof PDFArray ? value.asArray() : [value];

const numberIn = (parms: PDFObject | undefined, key: string, fallback: number): number => {
  const value = parms instanceof PDFDict ? parms.get(PDFName.of(key)) : undefined;
  return value instanceof PDFNumber ? value.asNumber() : fallback;
};

/**
 * Decodes `data` through `filter` (a name or an array of names, already resolved) with `parms`, producing at
 * most `maxBytes`. Never throws.
 */
export function decodeStream(
  data: Uint8Array,
  filter: PDFObject | undefined,
  parms: PDFObject | undefined,
  maxBytes: number,
  context: PDFContext,
): Decoded {
  const filters = asList(filter);
  const parmsList = asList(parms);
  let bytes = data;
  for (const [index, entry] of filters.entries()) {
    if (!(entry instanceof PDFName)) return { kind: 'undecodable' };
    const name = canonical.get(entry.decodeText());
    if (name === undefined) return { kind: 'undecodable' };
    if (name === 'image') return { kind: 'image' };
    const entryParms = parmsList[index];
    try {
      const step =
        name === 'FlateDecode'
          ? inflateCapped(bytes, maxBytes)
          : withPdfLib(bytes, name, entryParms, maxBytes, context);
      if (step.kind !== 'ok') return step;
      const predicted = unpredict(step.bytes, entryParms);
      if (predicted === undefined) return { kind: 'undecodable' };
      bytes = predicted;
    } catch {
      return { kind: 'corrupt' };
    }
  }
  return { kind: 'ok', bytes };
}

function withPdfLib(
  bytes: Uint8Array,
  name: string,
  parms: PDFObject | undefined,
  maxBytes: number,
  context: PDFContext,
): Decoded {
  const dict = context.obj({ Filter: name });
  if (parms instanceof PDFDict) dict.set(PDFName.of('DecodeParms'), parms);
  const stream = decodePDFRawStream(PDFRawStream.of(dict, bytes));
  // In chunks: asking for maxBytes at once would allocate that much for every small stream.
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = stream.getBytes(64 * 1024);
    if (chunk.length === 0) break;
    total += chunk.length;
    if (total > maxBytes) return { kind: 'too-large' };
    chunks.push(Uint8Array.from(chunk));
  }
  return { kind: 'ok', bytes: concatBytes(chunks) };
}

/** Undoes a TIFF (2) or PNG (10–15) predictor; undefined for one we do not know. */
function unpredict(bytes: Uint8Array, parms: PDFObject | undefined): Uint8Array | undefined {
  const predictor = numberIn(parms, 'Predictor', 1);
  if (predictor === 1) return bytes;
  const colors = numberIn(parms, 'Colors', 1);
  const bits = numberIn(parms, 'BitsPerComponent', 8);
  const columns = numberIn(parms, 'Columns', 1);
  if (![1, 2, 4, 8, 16].includes(bits) || colors < 1 || colors > 32 || columns < 1 || columns > 1 << 20) {
    return undefined;
  }
  const pixelBytes = Math.max(1, Math.ceil((colors * bits) / 8));
  const rowBytes = Math.ceil((colors * bits * columns) / 8);
  if (predictor === 2) {
    if (bits !== 8) return undefined;
    const out = bytes.slice();
    for (let row = 0; row < out.length; row += rowBytes) {
      for (let i = row + colors; i < Math.min(row + rowBytes, out.length); i++) {
        out[i] = ((out[i] ?? 0) + (out[i - colors] ?? 0)) & 0xff;
      }
    }
    return out;
  }
  if (predictor < 10 || predictor > 15) return undefined;
  const rows = Math.floor(bytes.length / (rowBytes + 1));
  const out = new Uint8Array(rows * rowBytes);
  for (let row = 0; row < rows; row++) {
    const type = bytes[row * (rowBytes + 1)] ?? 0;
    const input = row * (rowBytes + 1) + 1;
    const at = row * rowBytes;
    for (let i = 0; i < rowBytes; i++) {
      const raw = bytes[input + i] ?? 0;
      const left = i >= pixelBytes ? (out[at + i - pixelBytes] ?? 0) : 0;
      const up = row > 0 ? (out[at + i - rowBytes] ?? 0) : 0;
      const upLeft = row > 0 && i >= pixelBytes ? (out[at + i - rowBytes - pixelBytes] ?? 0) : 0;
      out[at + i] = (raw + predict(type, left, up, upLeft)) & 0xff;
    }
  }
  return out;
}

// PNG filter types (PNG spec § 9.2).
function predict(type: number, left: number, up: number, upLeft: number): number {
  if (type === 1) return left;
  if (type === 2) return up;
  if (type === 3) return (left + up) >> 1;
  if (type === 4) {
    const p = left + up - upLeft;
    const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
    return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
  }
  return 0;
}

/**
 * Inflates a FlateDecode stream in small steps, so that a deflate bomb stops at `maxBytes` instead of
 * filling memory. PDF streams are zlib-wrapped; a few writers omit the wrapper, so raw deflate is tried too.
 */
export function inflateCapped(data: Uint8Array, maxBytes: number): Decoded {
  const attempt = (zlib: boolean): Decoded => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let tooLarge = false;
    const onData = (chunk: Uint8Array) => {
      total += chunk.length;
      if (total > maxBytes) {
        tooLarge = true;
        throw new Error('inflate limit');
      }
      chunks.push(chunk);
    };
    const stream = zlib ? new Unzlib(onData) : new Inflate(onData);
    try {
      // 4 KiB of input inflate to at most ~4 MiB: the cap is overshot by one step at worst.
      const step = 4096;
      for (let offset = 0; offset < data.length; offset += step) {
        stream.push(data.subarray(offset, offset + step), offset + step >= data.length);
      }
    } catch {
      if (tooLarge) return { kind: 'too-large' };
      // A truncated stream still shows readers what it has inflated so far: so do we, if anything.
      if (total === 0) return { kind: 'corrupt' };
    }
    return { kind: 'ok', bytes: concatBytes(chunks) };
  };
  // RFC 1950: method 8 in the low nibble of the first byte, both bytes together a multiple of 31.
  const [first = 0, second = 0] = data.subarray(0, 2);
  const wrapped = data.length >= 2 && ((first << 8) | second) % 31 === 0 && (first & 0x0f) === 8;
  return wrapped ? attempt(true) : attempt(false);
}
