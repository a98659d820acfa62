import type { PDFName } from 'pdf-lib';
import { flagged, refused } from './pdf-findings';
import { filterNames } from './pdf-streams';

// PDF names (ISO 32000-1 § 7.3.5): a slash, then regular characters; since PDF 1.2 any byte may be written as
// #xx, so /J#61vaScript is /JavaScript to every reader and must be to us. pdf-lib decodes only upper-case hex
// digits (#6A but not #6a): the second decoding below covers the rest.

export const decodeHex = (raw: string): string =>
  raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * The names the check acts on: its findings, the structure it reads (catalog, encryption, object streams) and
 * stream filters. The parser keeps only these: pdf-lib keeps every PDFName it ever made in a pool for the life
 * of the process, and a hostile file full of distinct names would otherwise grow a server worker's memory
 * with each upload.
 */
export const keptNames: ReadonlySet<string> = new Set([
  ...refused.keys(),
  ...flagged.keys(),
  ...filterNames,
  ...['Type', 'Catalog', 'Encrypt', 'ObjStm', 'XRef', 'N', 'First', 'Length', 'Filter', 'DecodeParms'],
  ...['Predictor', 'Colors', 'BitsPerComponent', 'Columns', 'EarlyChange'],
]);

/** A parsed name as readers may understand it: decoded once, and once more for what pdf-lib left encoded. */
export function nameForms(name: PDFName): string[] {
  // pdf-lib keeps one PDFName per name: decoding each once saves most of the walk's time.
  const cached = formsOf.get(name);
  if (cached !== undefined) return cached;
  const text = name.decodeText();
  const again = decodeHex(text);
  const forms = again === text ? [text] : [text, again];
  formsOf.set(name, forms);
  return forms;
}

const formsOf = new WeakMap<PDFName, string[]>();

const isWhite = (char: string) => '\0\t\n\f\r '.includes(char);
const isDelimiter = (char: string) => '()<>[]{}/%'.includes(char);

/**
 * Every name in `text` (PDF bytes as Latin-1), decoded, found by a lexer (§ 7.2) rather than by parsing: literal
 * and hexadecimal strings and comments are skipped, so a title "(/JavaScript)" is not a name. For bytes the
 * parser cannot read as objects, and for object streams read token by token, whatever their offsets say.
 */
export function pdfNames(text: string): Set<string> {
  const names = new Set<string>();
  let at = 0;
  while (at < text.length) {
    const char = text[at] ?? '';
    if (char === '(') {
      at = skipString(text, at);
    } else if (char === '<') {
      // "<<" opens a dictionary; a single "<" a hexadecimal string.
      const end = text[at + 1] === '<' ? at + 1 : text.indexOf('>', at);
      at = end < 0 ? text.length : end + 1;
    } else if (char === '%') {
      while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at += 1;
    } else if (char === '/') {
      let end = at + 1;
      while (end < text.length && !isWhite(text[end] ?? '') && !isDelimiter(text[end] ?? '')) end += 1;
      names.add(decodeHex(text.slice(at + 1, end)));
      at = end;
    } else {
      at += 1;
    }
  }
  return names;
}

/** The offset after a literal string starting at `start`: balanced parentheses, backslash escapes (§ 7.3.4.2). */
function skipString(text: string, start: number): number {
  let depth = 0;
  for (let at = start; at < text.length; at++) {
    const char = text[at];
    if (char === '\\') at += 1;
    else if (char === '(') depth += 1;
    else if (char === ')' && --depth === 0) return at + 1;
  }
  return text.length;
}
