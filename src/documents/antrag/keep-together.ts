const nbsp = '\u00a0';

// Pairs a line must not split: "§ 62", "Abs. 2", "S. 1", "Nr. 278", "SGB V", "1.464 €", "15 %", "10:30 Uhr".
const pairs: readonly RegExp[] = [
  /(§§?) (?=\d)/g,
  /\b(Abs\.|S\.|Nr\.|Art\.) (?=\d)/g,
  /\b(SGB) (?=[IVX]+\b)/g,
  /(\d) (?=[€%]|Uhr\b)/g,
];

/**
 * The document's text with no-break spaces where a line break would tear a reference or an amount
 * apart ("§" at the end of one line, "62 SGB V" on the next; "141,69" and "€" on two lines). The
 * line breaker (wrap-text.ts) never breaks at a no-break space; text extraction reads it as a space.
 */
export const keepTogether = (text: string): string =>
  pairs.reduce((out, pattern) => out.replace(pattern, `$1${nbsp}`), text);
