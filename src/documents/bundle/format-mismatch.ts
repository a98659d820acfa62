import type { LocalizedText } from '../../domain/validation/result';

/** Failing paths named in one problem line; the CLI `antrag` prints them all. */
const shownIssues = 3;

/**
 * The one-line message for a JSON document that fails its schema, the same for application.json
 * (application-document-check.ts) and member-part.json (read-member-part-bag.ts): the first failing paths, then
 * how many more there are, so that a hostile document cannot make the line as long as it likes.
 */
export function formatMismatch(fileName: string, lines: readonly LocalizedText[]): LocalizedText {
  const more = lines.length - shownIssues;
  const join = (language: keyof LocalizedText) =>
    lines
      .slice(0, shownIssues)
      .map((line) => line[language])
      .join('; ');
  return {
    de: `Entspricht nicht dem Format von ${fileName}: ${join('de')}${more > 0 ? ` (und ${more} weitere)` : ''}`,
    en: `does not match the ${fileName} format: ${join('en')}${more > 0 ? ` (and ${more} more)` : ''}`,
  };
}
