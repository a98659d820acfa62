import { Inflate, Unzlib } from 'fflate';
import { pdfNames } from './pdf-names';

// Splits a PDF into what a reader parses as objects and the data of its streams. Active content lives in
// dictionaries, and dictionaries live either in the file's text or inside object streams (/Type /ObjStm,
// PDF 1.5), whose content is usually Flate-compressed. Other stream data (images, fonts, page content) is
// never read as dictionaries; scanning those compressed bytes would refuse innocent files in which the
// three bytes "/JS" happen to occur.

export type PdfPart =
  { kind: 'text'; text: string } | { kind: 'object-stream'; dictionary: Set<string>; data: Uint8Array };

const latin1 = new TextDecoder('latin1');

/** A stream keyword after a dictionary, followed by its end of line (ISO 32000-1 § 7.3.8.1). */
const streamKeyword = />>\s*stream(?:\r\n|\n|\r)/g;

// Data that looks like objects ("12 0 obj") is scanned as text even inside a stream: some readers rebuild a
// damaged file by searching for objects anywhere, and a lying /Length must not hide one from us.
// The lookbehind starts a match only at the first digit of a run: without it, a long run of digits costs
// quadratic time.
const looksLikeObjects = /(?<!\d)\d+\s+\d+\s+obj\b/;

export function splitPdf(bytes: Uint8Array): PdfPart[] {
  const text = latin1.decode(bytes);
  const parts: PdfPart[] = [];
  let at = 0;
  for (const match of text.matchAll(streamKeyword)) {
    const keywordAt = match.index;
    if (keywordAt < at) continue;
    const dataStart = keywordAt + match[0].length;
    const endAt = text.indexOf('endstream', dataStart);
    const dataEnd = endAt < 0 ? text.length : endAt;
    // The stream's dictionary: from its "obj" to the keyword, searched only in the text since the previous
    // stream, so that a file of many streams and no "obj" costs linear time.
    const segment = text.slice(at, keywordAt + 2);
    const dictionaryText = segment.slice(Math.max(0, segment.lastIndexOf('obj')));
    parts.push({ kind: 'text', text: segment });
    const dictionary = pdfNames(dictionaryText);
    const isObjectStream = dictionary.has('ObjStm') || (dictionary.has('N') && dictionary.has('First'));
    const data = text.slice(dataStart, dataEnd);
    if (isObjectStream) {
      parts.push({ kind: 'object-stream', dictionary, data: bytes.subarray(dataStart, dataEnd) });
    } else if (!dictionary.has('Filter') || looksLikeObjects.test(data)) {
      parts.push({ kind: 'text', text: data });
    }
    at = dataEnd;
  }
  parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

export type Inflated = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'corrupt' };

/**
 * Inflates a FlateDecode stream in small steps, so that a deflate bomb stops at `maxBytes` instead of
 * filling memory. PDF streams are zlib-wrapped; a few writers omit the wrapper, so raw deflate is tried too.
 */
export function inflateCapped(data: Uint8Array, maxBytes: number): Inflated {
  const attempt = (zlib: boolean): Inflated => {
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
      if (tooLarge) return { ok: false, reason: 'too-large' };
      // A truncated stream still shows readers what it has inflated so far: so do we, if anything.
      if (total === 0) return { ok: false, reason: 'corrupt' };
    }
    return { ok: true, text: chunks.map((chunk) => latin1.decode(chunk)).join('') };
  };
  // RFC 1950: method 8 in the low nibble of the first byte, both bytes together a multiple of 31.
  const [first = 0, second = 0] = data.subarray(0, 2);
  const wrapped = data.length >= 2 && ((first << 8) | second) % 31 === 0 && (first & 0x0f) === 8;
  return wrapped ? attempt(true) : attempt(false);
}
