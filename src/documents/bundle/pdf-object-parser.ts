import type { PDFContext, PDFDict } from 'pdf-lib';
import { PDFObjectParser, PDFRawStream, type PDFObject, type PDFStream } from 'pdf-lib';

// pdf-lib's object parser (ISO 32000-1 § 7.3: strings, names, arrays, dictionaries, streams), used one object
// at a time at offsets we choose. Two changes: nesting is limited, so that `[[[[…` cannot exhaust the stack,
// and every stream remembers where its data may start and end. Readers disagree there (§ 7.3.8.1): pdf-lib
// starts after `stream` and its end of line, pdf.js after the next end of line whatever precedes it; pdf-lib
// trusts only a direct /Length that is followed by `endstream`, viewers also an indirect one. Each variant is
// decoded and checked, so a stream cannot show one parser harmless data and another an object stream.

type ByteStream = ConstructorParameters<typeof PDFObjectParser>[0];

/** A stream's dictionary and the candidate spans of its data, as offsets into the parsed bytes. */
export type StreamSpan = { dict: PDFDict; starts: number[]; ends: number[] };

const maxDepth = 64;
const keyword = (text: string) => Array.from(text, (char) => char.charCodeAt(0));
const streamKeyword = keyword('stream');
const endstreamKeyword = keyword('endstream');
const cr = 0x0d;
const lf = 0x0a;

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
    if (this.depth >= maxDepth) throw new Error('nested too deeply');
    this.depth += 1;
    try {
      return super.parseObject();
    } finally {
      this.depth -= 1;
    }
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
