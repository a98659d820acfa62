/**
 * Finds what an applicant must never read in our texts (docs/rules/plain-language.md): internal file names, other
 * insurers' or calculators' names, case law and research notes. Walks any exported value (message tables, domain
 * text tables) and reports every string that carries a marker, with its path, so a failure says where to look.
 */

export type MarkerFinding = { path: string; marker: string; text: string };

/** Each marker with a name that the failure message shows. */
export const internalMarkers: ReadonlyArray<readonly [name: string, pattern: RegExp]> = [
  ['file name (.md)', /\.md\b/i],
  ['rules.md', /rules(-sources)?\.md/i],
  ['case law (BSG)', /\bBSG\b/],
  ['case law (BVerfG)', /\bBVerfG\b/],
  ['case law (Az.)', /\bAz\./],
  ['case law (Urteil)', /\bUrteil/i],
  ['case law (file number)', /\bB \d+ [A-Z]{1,3} \d+\/\d+ R\b/],
  ['insurer (kkh)', /\bkkh\b/i],
  ['insurer (VIACTIV)', /viactiv/i],
  ['insurer (TK)', /\bTK\b|Techniker Krankenkasse/],
  ['insurer (DAK)', /\bDAK\b/],
  ['insurer (Barmer)', /\bBarmer\b/i],
  // The service's own insurer is AOK PLUS; any other AOK is another insurer.
  ['insurer (another AOK)', /\bAOK\b(?! PLUS| Plus)/],
  ['insurer (IKK/BKK/hkk/HEK)', /\b(IKK|BKK|hkk|HEK)\b/],
  ['insurer (Knappschaft)', /Knappschaft/i],
  ['calculator', /Zuzahlungsrechner|Rechner von|calculator of/i],
  [
    'research source',
    /VZ Brandenburg|Verbraucherzentrale|Rechtsdatenbank|dvbs|test\.de|buzer|krankenkasseninfo|Sekundärquelle|secondary source/i,
  ],
];

/** Keys whose values are for the caseworker, never shown to applicants (see IncomeTypeInfo.source). */
const caseworkerKeys = new Set(['source']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Every string reachable from `value` through plain objects and arrays, with its path; caseworker fields skipped. */
export function applicantStrings(value: unknown, path = ''): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  const seen = new WeakSet<object>();
  const walk = (node: unknown, at: string, depth: number): void => {
    if (typeof node === 'string') {
      out.push({ path: at, text: node });
      return;
    }
    if (depth > 12 || typeof node !== 'object' || node === null || seen.has(node)) return;
    if (!Array.isArray(node) && !isPlainObject(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, `${at}[${index}]`, depth + 1));
      return;
    }
    // A table that carries a plain text for the applicant and its `source` for the caseworker keeps them apart.
    const splitsSource = 'source' in node && ('law' in node || 'explanation' in node);
    for (const [key, child] of Object.entries(node)) {
      if (splitsSource && caseworkerKeys.has(key)) continue;
      walk(child, at ? `${at}.${key}` : key, depth + 1);
    }
  };
  walk(value, path, 0);
  return out;
}

/** The internal markers in every applicant string of `tables` (name → exported value). */
export function findInternalMarkers(tables: Readonly<Record<string, unknown>>): MarkerFinding[] {
  const findings: MarkerFinding[] = [];
  for (const [name, table] of Object.entries(tables)) {
    for (const { path, text } of applicantStrings(table, name)) {
      for (const [marker, pattern] of internalMarkers) {
        if (pattern.test(text)) findings.push({ path, marker, text });
      }
    }
  }
  return findings;
}

// Words that only German sentences use; a German legal noun in brackets or quotes is stripped before the check.
const germanWords =
  /(^|[\s,.;:!?])(und|oder|nicht|der|die|das|den|dem|des|ist|sind|wird|werden|Sie|Ihre|Ihren|Ihrem|Ihr|mit|für|bei|auf|ein|eine|einen|wenn|weil|bitte|noch|auch|zählt|können)(?=[\s,.;:!?]|$)/;

/** English strings that read as German sentences (outside brackets and quotes). */
export function findGermanInEnglish(tables: Readonly<Record<string, unknown>>): MarkerFinding[] {
  const findings: MarkerFinding[] = [];
  for (const [name, table] of Object.entries(tables)) {
    for (const { path, text } of applicantStrings(table, name)) {
      let outside = text;
      // Innermost brackets first, until none is left: "(Körperschaft des öffentlichen Rechts, § 4 (1) SGB V)".
      for (let before = ''; before !== outside;) {
        before = outside;
        outside = outside.replace(/\([^()]*\)/g, ' ');
      }
      outside = outside.replace(/„[^“]*“|"[^"]*"|“[^”]*”|‘[^’]*’/g, ' ').replace(/§[^,;:)]*/g, ' ');
      const match = germanWords.exec(outside);
      if (match) findings.push({ path, marker: `German word "${match[2]}"`, text });
    }
  }
  return findings;
}
