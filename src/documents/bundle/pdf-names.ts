// PDF names (ISO 32000-1 § 7.3.5): a slash, then regular characters; since PDF 1.2 any byte may be written as
// #xx, so /J#61vaScript is /JavaScript to every reader and must be to us.

// eslint-disable-next-line no-control-regex -- NUL is a PDF white-space character
const nameToken = /\/([^\u0000\t\n\f\r ()<>[\]{}/%]*)/g;

const decodeName = (raw: string): string =>
  raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Every name in `text` (PDF bytes as Latin-1), decoded. */
export function pdfNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(nameToken)) names.add(decodeName(match[1] ?? ''));
  return names;
}
