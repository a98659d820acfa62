import type { PDFDict } from 'pdf-lib';
import { PDFContext, PDFName, PDFNumber, PDFRef, type PDFObject } from 'pdf-lib';
import { parseObjectAt, type StreamSpan } from './pdf-object-parser';
import { pdfNames } from './pdf-names';
import { decodeStream, type Decoded } from './pdf-streams';

// Every object of a PDF that any reader could see, every version of it. A viewer finds objects through the
// cross-reference table or stream (ISO 32000-1 § 7.5.4, § 7.5.8), each incremental update adding a section
// (§ 7.5.6); a damaged file is rebuilt by searching the bytes for "N G obj"; pdf-lib's own parser reads the file
// front to back and skips stream data by /Length. These views differ, and an attacker hides an object where
// one parser looks and the checker's does not (an xref offset into another stream's data, a second object
// with the same number). Instead of following any one of them we parse after every `obj` keyword in the
// file — each offset any xref can point to is one of them — and after every `trailer`, then inside every
// object stream (§ 7.5.7) and in the decoded data of every other stream. The xref sections themselves are
// then irrelevant: whatever they point to has been checked.

export type PdfObjects = {
  /** Every object parsed, in no particular order; several versions of one number all appear. */
  objects: PDFObject[];
  /** Names found lexically where the parser could not read an object. */
  lexicalNames: Set<string>;
  /** Object streams a viewer can read but we could not decode (filter, size, corrupt data). */
  uncheckedObjectStreams: number;
  /** An object stream of the file inflated beyond the budget. */
  tooLarge: boolean;
  /** The parsing work exceeded its budget (a file built to make parsing quadratic). */
  exhausted: boolean;
};

const latin1 = new TextDecoder('latin1');
// Decoded data of ordinary streams is searched for objects down to this depth; deeper copies gain nothing.
const maxLevel = 3;
const lexicalWindow = 16 * 1024;
const maxVariants = 6;

type Pending = { span: StreamSpan; source: Uint8Array; level: number; objectStream: boolean };

class Enumeration {
  readonly context = PDFContext.create();
  readonly objects: PDFObject[] = [];
  readonly lexicalNames = new Set<string>();
  private readonly byRef = new Map<string, PDFObject[]>();
  private pending: Pending[] = [];
  private work = 0;
  private workLimit = 1 << 20;
  private inflateLeft: number;
  uncheckedObjectStreams = 0;
  tooLarge = false;
  exhausted = false;

  constructor(maxInflatedBytes: number) {
    this.inflateLeft = maxInflatedBytes;
  }

  /** Parses after every `obj` and `trailer` in `bytes`. */
  scanSource(bytes: Uint8Array, level: number): void {
    // Parsing one object costs at most the bytes it spans; a few times the input is what real files need.
    this.workLimit += 8 * bytes.length;
    const text = latin1.decode(bytes);
    for (let at = text.indexOf('obj'); at >= 0; at = text.indexOf('obj', at + 3)) {
      this.parseAt(bytes, text, at + 3, level, refBefore(text, at));
    }
    for (let at = text.indexOf('trailer'); at >= 0; at = text.indexOf('trailer', at + 7)) {
      this.parseAt(bytes, text, at + 7, level, undefined);
    }
  }

  private parseAt(bytes: Uint8Array, text: string, offset: number, level: number, ref?: string): void {
    if (this.work > this.workLimit) {
      this.exhausted = true;
      return;
    }
    const parsed = parseObjectAt(bytes, offset, this.context);
    this.work += parsed.end - offset + 16;
    for (const span of parsed.streams) {
      this.objects.push(span.dict);
      this.pending.push({ span, source: bytes, level, objectStream: this.isObjectStream(span.dict) });
    }
    if (parsed.object === undefined) {
      this.lexical(text, offset);
      return;
    }
    this.objects.push(parsed.object);
    if (ref !== undefined) this.byRef.set(ref, [...(this.byRef.get(ref) ?? []), parsed.object]);
  }

  /** Names up to the next `endobj` or `stream`: what a lenient viewer could still read as a dictionary. */
  private lexical(text: string, offset: number): void {
    let end = Math.min(text.length, offset + lexicalWindow);
    for (const stop of ['endobj', 'stream']) {
      const at = text.indexOf(stop, offset);
      if (at >= 0 && at < end) end = at;
    }
    this.work += end - offset;
    for (const name of pdfNames(text.slice(offset, end))) this.lexicalNames.add(name);
  }

  /** A direct value, or every version of the object a reference names (updates may define it again). */
  candidates(value: PDFObject | undefined): (PDFObject | undefined)[] {
    if (!(value instanceof PDFRef)) return [value];
    const found = this.byRef.get(`${value.objectNumber} ${value.generationNumber}`) ?? [];
    return found.length === 0 ? [undefined] : found.slice(-4);
  }

  private numbers(value: PDFObject | undefined): number[] {
    return this.candidates(value).flatMap((v) => (v instanceof PDFNumber ? [v.asNumber()] : []));
  }

  // pdf.js reads any stream with /N and /First as an object stream when an xref stream entry points into it;
  // pdf-lib and qpdf look for /Type /ObjStm. Either makes it one here.
  private isObjectStream(dict: PDFDict): boolean {
    const type = dict.get(PDFName.of('Type'));
    const isObjStm = this.candidates(type).some((v) => v instanceof PDFName && v.decodeText() === 'ObjStm');
    return isObjStm || (dict.has(PDFName.of('N')) && dict.has(PDFName.of('First')));
  }

  /** Decodes every pending stream, object streams first: they hold objects a viewer reads. */
  drain(): void {
    while (this.pending.length > 0 && !this.exhausted) {
      const batch = this.pending.sort((a, b) => Number(b.objectStream) - Number(a.objectStream));
      this.pending = [];
      for (const item of batch) this.decodeAndScan(item);
    }
  }

  private decodeAndScan({ span, source, level, objectStream }: Pending): void {
    if (level >= maxLevel) return;
    const { dict } = span;
    const lengths = this.numbers(dict.get(PDFName.of('Length')));
    const ends = [...span.ends, ...span.starts.flatMap((start) => lengths.map((length) => start + length))];
    const variants = span.starts
      .flatMap((start) => ends.map((end) => [start, end] as const))
      .filter(([start, end]) => end >= start && end <= source.length)
      .filter(([start, end], index, all) => all.findIndex(([s, e]) => s === start && e === end) === index)
      .slice(0, maxVariants);
    const parms = this.candidates(dict.get(PDFName.of('DecodeParms'))).at(-1);
    const outcomes: Decoded[] = [];
    for (const filter of this.candidates(dict.get(PDFName.of('Filter')))) {
      for (const [start, end] of variants) {
        const decoded = this.decode(source.subarray(start, end), filter, parms);
        outcomes.push(decoded);
        if (decoded.kind !== 'ok') continue;
        if (objectStream) this.scanObjectStream(decoded.bytes, dict, level);
        else this.scanSource(decoded.bytes, level + 1);
      }
    }
    // Only object streams of the file itself matter: a viewer reads no objects out of other streams' data.
    if (!objectStream || level > 0) return;
    if (outcomes.some((o) => o.kind === 'too-large')) this.tooLarge = true;
    const failed = outcomes.some(
      (o) => o.kind === 'too-large' || o.kind === 'undecodable' || o.kind === 'image',
    );
    if (failed || outcomes.every((o) => o.kind !== 'ok')) this.uncheckedObjectStreams += 1;
  }

  private decode(data: Uint8Array, filter: PDFObject | undefined, parms: PDFObject | undefined): Decoded {
    if (this.inflateLeft <= 0) return { kind: 'too-large' };
    const decoded = decodeStream(data, filter, parms, this.inflateLeft, this.context);
    if (decoded.kind === 'ok') this.inflateLeft -= decoded.bytes.length;
    // A bomb ends all further inflating: otherwise each of a thousand bombs would cost the whole budget.
    if (decoded.kind === 'too-large') this.inflateLeft = 0;
    return decoded;
  }

  /** § 7.5.7: N pairs of object number and offset (relative to /First), then the objects. */
  private scanObjectStream(bytes: Uint8Array, dict: PDFDict, level: number): void {
    const text = latin1.decode(bytes);
    for (const first of this.numbers(dict.get(PDFName.of('First'))).slice(0, 2)) {
      const header = text.slice(0, Math.max(0, Math.min(first, text.length))).match(/\d+/g) ?? [];
      for (let i = 0; i + 1 < header.length; i += 2) {
        const offset = first + Number(header[i + 1]);
        if (offset < bytes.length) this.parseAt(bytes, text, offset, level + 1, `${header[i]} 0`);
      }
    }
    // Objects written out in full ("5 0 obj …") inside the data: no reader should see them, but one that
    // rebuilds a damaged file might.
    this.scanSource(bytes, level + 1);
    // Object streams are where active content hides best, and a reader that miscounts /First or an offset
    // parses other objects than ours: their names are also read token by token, whatever the offsets say.
    this.work += text.length;
    for (const name of pdfNames(text)) this.lexicalNames.add(name);
  }
}

// "12 0 obj": the numbers before the keyword, so that an indirect /Length or /Filter can be resolved.
const refPattern = /(\d+)\s+(\d+)\s+$/;
function refBefore(text: string, at: number): string | undefined {
  const match = refPattern.exec(text.slice(Math.max(0, at - 32), at));
  return match === null ? undefined : `${Number(match[1])} ${Number(match[2])}`;
}

/** Every object in `bytes` that a reader could see; inflating at most `maxInflatedBytes` in total. */
export function enumeratePdfObjects(bytes: Uint8Array, maxInflatedBytes: number): PdfObjects {
  const enumeration = new Enumeration(maxInflatedBytes);
  enumeration.scanSource(bytes, 0);
  enumeration.drain();
  const { objects, lexicalNames, uncheckedObjectStreams, tooLarge, exhausted } = enumeration;
  return { objects, lexicalNames, uncheckedObjectStreams, tooLarge, exhausted };
}
