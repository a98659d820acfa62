// What the rule engine writes serves the caseworker too: its reasons name their sources, some of
// them internal notes (a file of ours), case law or an insurer's calculator. The applicant reads
// the Antrag PDF, so it keeps only the law itself (issue 11: "figures of law cite primary
// sources"): "§ 62 Abs. 2 S. 1 SGB V", "BGBl. 2025 I Nr. 278", a Verordnung. The full sources stay
// in application.json and the caseworker's view.

/** A source an applicant should not meet: our files, case law, insurers' pages and calculators. */
const internal =
  /\.md\b|\bBSG\b|\bBVerfG\b|\bLSG\b|Urteil|\bAz\.|\bB \d+ KR\b|kkh|viactiv|\bTK\b|Techniker|Barmer|\bDAK\b|\bIKK\b|\bBKK\b|\bAOK\b|Zuzahlungsrechner|calculator|wie von|as published by|https?:|www\./i;

/** Splits at the separators of a source list (";") that are not inside parentheses. */
const splitTopLevel = (text: string): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === ';' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim());
};

const keepLaw = (list: string): string =>
  splitTopLevel(list)
    .filter((part) => part !== '' && !internal.test(part))
    .join('; ');

/**
 * A reason or source as the applicant reads it: every parenthesis that lists sources loses the
 * ones that are not law, and disappears when none is left ("zählt (BSG …)." → "zählt."). A bare
 * source list (a figure's "§ 18 Abs. 1 SGB IV; Freibeträge wie von …; BGBl. …") keeps its law.
 */
export const plainSources = (text: string): string => {
  if (!internal.test(text)) return text;
  const inParentheses = text.replace(/ ?\(([^()]*)\)/g, (whole, inner: string) => {
    if (!internal.test(inner)) return whole;
    const kept = keepLaw(inner);
    return kept === '' ? '' : ` (${kept})`;
  });
  return internal.test(inParentheses) ? keepLaw(inParentheses) : inParentheses;
};
