import type { PDFContext } from 'pdf-lib';
import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFObjectParser,
  PDFRawStream,
  type PDFObject,
  type PDFStream,
} from 'pdf-lib';
import { decodeHex, keptNames } from './pdf-names';

// pdf-lib's object parser (ISO 32000-1 § 7.3: strings, names, arrays, dictionaries, streams), used one object
// at a time at offsets we choose. Changes: nesting is limited, so that `[[[[…` cannot exhaust the stack;
// names are decoded like pdf.js does (#xx in either case) and only those the check reads are kept as such
// (pdf-names.ts, keptNames; other keys become their position, unique within the dictionary); and every
// stream remembers where its data may start and end. Readers disagree there (§ 7.3.8.1): pdf-lib
// starts after `stream` and its end of line, pdf.js after the next end of line whatever precedes it; pdf-lib
// trusts only a direct /Length that is followed by `endstream`, viewers also an indirect one. Each variant is
// decoded and checked, so a stream cannot show one parser harmless data and another an object stream.

type ByteStream = ConstructorParameters<typeof PDFObjectParser>[0];

/** A stream's dictionary and the candidate spans of its data, as offsets into the parsed bytes. */
export type StreamSpan = { dict: PDFDict; starts: number[]; ends: number[] };

const maxDepth = 64;
const maxEntries = 10_000;
const isWhite = (byte: number) => [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20].includes(byte);
const isDelimiter = (byte: number) =>
  [0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25].includes(byte);
const other = PDFName.of('~');
const keyword = (text: string) => Array.from(text, (char) => char.charCodeAt(0));
const streamKeyword = keyword('stream');
const endstreamKeyword = keyword('endstream');
const cr = 0x0d;
const period = 0x2e;
const isDigit = (byte: number) => byte >= 0x30 && byte <= 0x39;
const isNumeric = (byte: number) => isDigit(byte) || byte === 0x2b || byte === 0x2d || byte === period;
const lf = 0x0a;

class TooDeep extends Error {}

class ScanParser extends PDFObjectParser {
  readonly streams: StreamSpan[] = [];
  private depth = 0;

  constructor(bytes: ByteStream, context: PDFContext) {
    super(bytes, context, false);
  }

  at(offset: number): void {
    this.bytes.moveTo(offset);
  }

  offset(): number {
    return this.bytes.offset();
  }

  override parseObject(): PDFObject {
    if (this.depth >= maxDepth) throw new TooDeep();
    this.depth += 1;
    try {
      return super.parseObject();
    } finally {
      this.depth -= 1;
    }
  }

  protected override parseName(): PDFName {
    const name = this.readName();
    return keptNames.has(name) ? PDFName.of(name) : other;
  }

  private readName(): string {
    this.bytes.assertNext(0x2f);
    let raw = '';
    while (!this.bytes.done() && !isWhite(this.bytes.peek()) && !isDelimiter(this.bytes.peek())) {
      raw += String.fromCharCode(this.bytes.next());
    }
    return decodeHex(raw);
  }

  // As pdf-lib's, but read up to ">>" (pdf-lib also stops at a single ">" as second character), with keys
  // kept or numbered, always a plain dictionary, and lenient like pdf.js and qpdf: a token that is no key, or a
  // value that does not parse, is skipped and the rest of the dictionary still read. Otherwise one stray byte
  // (`/Type \xa8ObjStm`) would hide a whole object stream from us while those readers still open it.
  protected override parseDict(): PDFDict {
    this.bytes.assertNext(0x3c);
    this.bytes.assertNext(0x3c);
    this.skipWhitespaceAndComments();
    const map = new Map<PDFName, PDFObject>();
    while (!this.bytes.done() && !(this.bytes.peek() === 0x3e && this.bytes.peekAhead(1) === 0x3e)) {
      if (map.size >= maxEntries) throw new Error('dictionary too large');
      if (this.bytes.peek() !== 0x2f) {
        this.skipToken();
      } else {
        const name = this.readName();
        const key = keptNames.has(name) ? PDFName.of(name) : PDFName.of(`~${map.size}`);
        const value = this.parseLeniently();
        if (value !== undefined) map.set(key, value);
      }
      this.skipWhitespaceAndComments();
    }
    this.bytes.assertNext(0x3e);
    this.bytes.assertNext(0x3e);
    return PDFDict.fromMapWithContext(map, this.context);
  }

  protected override parseArray(): PDFArray {
    this.bytes.assertNext(0x5b);
    this.skipWhitespaceAndComments();
    const array = PDFArray.withContext(this.context);
    while (!this.bytes.done() && this.bytes.peek() !== 0x5d) {
      const value = this.parseLeniently();
      if (value !== undefined) array.push(value);
      this.skipWhitespaceAndComments();
    }
    this.bytes.assertNext(0x5d);
    return array;
  }

  /**
   * An object, or undefined: reading goes on where the failure happened, or after the token that could not start
   * an object. Never back to where the attempt began: every byte is read once, so recovery stays linear.
   */
  private parseLeniently(): PDFObject | undefined {
    const at = this.bytes.offset();
    try {
      return this.parseObject();
    } catch (error) {
      // Too deep is no stray byte: the object fails, and its bytes are read for names instead (pdf-objects.ts).
      if (error instanceof TooDeep) throw error;
      if (this.bytes.offset() <= at) {
        this.bytes.moveTo(at);
        this.skipWhitespaceAndComments();
        this.skipToken();
      }
      return undefined;
    }
  }

  /** One token that is not an object: a run of regular bytes, or a single delimiter. Always advances. */
  private skipToken(): void {
    if (this.bytes.done()) return;
    if (isWhite(this.bytes.peek()) || isDelimiter(this.bytes.peek())) {
      this.bytes.next();
      return;
    }
    while (!this.bytes.done() && !isWhite(this.bytes.peek()) && !isDelimiter(this.bytes.peek()))
      this.bytes.next();
  }

  // pdf-lib's own version logs every number beyond 2^53 with console.warn: a hostile file would flood the
  // server's log. Otherwise the same: sign, digits, one period, digits (ISO 32000-1 § 7.3.3).
  protected override parseRawNumber(): number {
    let value = '';
    while (!this.bytes.done() && isNumeric(this.bytes.peek())) {
      const byte = this.bytes.next();
      value += String.fromCharCode(byte);
      if (byte === period) break;
    }
    while (!this.bytes.done() && isDigit(this.bytes.peek())) value += String.fromCharCode(this.bytes.next());
    const number = Number(value);
    if (value === '' || !Number.isFinite(number)) throw new Error(`not a number: ${value.slice(0, 20)}`);
    return number;
  }

  protected override parseDictOrStream(): PDFDict | PDFStream {
    const position = this.bytes.position();
    const dict = this.parseDict();
    this.skipWhitespaceAndComments();
    if (!this.matchKeyword(streamKeyword)) return dict;
    const afterKeyword = this.bytes.offset();
    // pdf-lib: an optional space, then CR LF, CR or LF.
    let libStart = afterKeyword;
    if (this.bytes.peekAt(libStart) === 0x20 && this.bytes.peekAt(libStart + 1) === cr) libStart += 1;
    if (this.bytes.peekAt(libStart) === cr) libStart += 1;
    if (this.bytes.peekAt(libStart) === lf) libStart += 1;
    // pdf.js: whatever follows up to and including the next end of line.
    let lineStart = afterKeyword;
    while (!this.atEnd(lineStart) && ![cr, lf].includes(this.bytes.peekAt(lineStart))) lineStart += 1;
    if (this.bytes.peekAt(lineStart) === cr) lineStart += 1;
    if (this.bytes.peekAt(lineStart) === lf) lineStart += 1;

    const ends: number[] = [];
    this.bytes.moveTo(libStart);
    let fallbackEnd: number | undefined;
    try {
      fallbackEnd = this.findEndOfStreamFallback(position);
      ends.push(fallbackEnd);
    } catch {
      // No `endstream`: a viewer may still trust /Length (resolved by the caller).
    }
    const starts = [...new Set([libStart, lineStart])];
    this.streams.push({ dict, starts, ends });
    if (fallbackEnd === undefined) throw new Error('stream without endstream');
    const contents = this.bytes.slice(libStart, fallbackEnd);
    this.bytes.moveTo(fallbackEnd);
    this.skipWhitespaceAndComments();
    this.matchKeyword(endstreamKeyword);
    return PDFRawStream.of(dict, contents);
  }

  private atEnd(offset: number): boolean {
    return this.bytes.peekAt(offset) === undefined;
  }
}

export type Parsed = { object: PDFObject | undefined; streams: StreamSpan[]; end: number };

/**
 * Parses one object starting at `offset` of `bytes` (white space and comments first). Never throws: a failure
 * gives no object, but the streams met before it and the offset the parser reached (its cost).
 */
export function parseObjectAt(bytes: Uint8Array, offset: number, context: PDFContext): Parsed {
  const parser = new ScanParser(byteStreamOf(bytes, context), context);
  try {
    parser.at(offset);
    const object = parser.parseObject();
    return { object, streams: parser.streams, end: parser.offset() };
  } catch {
    return { object: undefined, streams: parser.streams, end: Math.max(offset, parser.offset()) };
  }
}

/** pdf-lib exports its parser but not its ByteStream: borrow the one a plain parser makes for the bytes. */
function byteStreamOf(bytes: Uint8Array, context: PDFContext): ByteStream {
  return (PDFObjectParser.forBytes(bytes, context) as unknown as { bytes: ByteStream }).bytes;
}
