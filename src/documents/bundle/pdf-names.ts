import type { PDFName } from 'pdf-lib';

// PDF names (ISO 32000-1 § 7.3.5): a slash, then regular characters; since PDF 1.2 any byte may be written as
// #xx, so /J#61vaScript is /JavaScript to every reader and must be to us. pdf-lib decodes only upper-case hex
// digits (#6A but not #6a): the second decoding below covers the rest.

const decodeHex = (raw: string): string =>
  raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** A parsed name as readers may understand it: decoded once, and once more for what pdf-lib left encoded. */
export function nameForms(name: PDFName): string[] {
  const text = name.decodeText();
  const again = decodeHex(text);
  return again === text ? [text] : [text, again];
}

// eslint-disable-next-line no-control-regex -- NUL is a PDF white-space character
const nameToken = /\/([^\u0000\t\n\f\r ()<>[\]{}/%]*)/g;

/**
 * Every name in `text` (PDF bytes as Latin-1), decoded, found lexically. Only for bytes the parser cannot read
 * as an object: a lenient viewer may still find a dictionary there, so its names are checked all the same.
 */
export function pdfNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(nameToken)) names.add(decodeHex(match[1] ?? ''));
  return names;
}
