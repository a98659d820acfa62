import { describe, expect, it } from 'vitest';
import {
  applicantStrings,
  findGermanInEnglish,
  findInternalMarkers,
} from './applicant-text-scan.test-support';

// Every text table of ours that an applicant reads, found by file name so that a new table is scanned without
// anyone adding it here: the features' and the primitives' message tables, the app's own messages, the German-only
// Leichte-Sprache text, and every static export of the domain (its labels, reasons and figures' citations).
const messageModules = import.meta.glob<Record<string, unknown>>(
  [
    '../features/**/*-messages.ts',
    '../features/**/leichte-sprache-text.ts',
    '../ui/*-messages.ts',
    './messages/*.ts',
  ],
  { eager: true },
);
const domainModules = import.meta.glob<Record<string, unknown>>(
  ['../domain/**/*.ts', '!../domain/**/*.test.ts', '!../domain/**/*.test-support.ts'],
  { eager: true },
);

/** Every export of every module, named "file#export" so that a finding says where it is. */
function tablesOf(modules: Record<string, Record<string, unknown>>): Record<string, unknown> {
  const tables: Record<string, unknown> = {};
  for (const [file, module] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(module)) {
      // A table for the caseworker only (e.g. countReasonSource) is named so and never shown to applicants.
      if (!name.endsWith('Source')) tables[`${file.replace(/^\.\.?\//, '')}#${name}`] = value;
    }
  }
  return tables;
}

const messageTables = tablesOf(messageModules);
const domainTables = tablesOf(domainModules);

/** Only the English side: `en` records of message tables and LocalizedText, and the English app messages. */
const isEnglish = (finding: { path: string }): boolean =>
  /(^|[.#])en([.[]|$)/.test(finding.path) || finding.path.startsWith('messages/en.ts#');

describe('applicant texts carry no internal markers (docs/rules/plain-language.md)', () => {
  it('finds the message tables and the domain text tables it scans', () => {
    const files = Object.keys(messageModules);
    expect(files.some((file) => file.endsWith('/income-messages.ts'))).toBe(true);
    expect(files.some((file) => file.endsWith('/ui-messages.ts'))).toBe(true);
    expect(files.some((file) => file.endsWith('messages/en.ts'))).toBe(true);
    expect(Object.keys(domainTables)).toEqual(
      expect.arrayContaining([
        'domain/income/counting-incomes.ts#countingIncomes',
        'domain/household/count-reasons.ts#countReasonTexts',
        'domain/figures/figures-of-law.ts#figuresOfLaw',
        'domain/zuzahlung/non-counting-payment-categories.ts#nonCountingPaymentCategories',
      ]),
    );
    // Enough strings to be sure the walk reaches into the tables.
    const strings = Object.entries(messageTables).flatMap(([name, table]) => applicantStrings(table, name));
    expect(strings.length).toBeGreaterThan(1000);
    expect(strings.filter(isEnglish).length).toBeGreaterThan(500);
    expect(strings.some((text) => text.path.startsWith('messages/en.ts#'))).toBe(true);
  });

  it('has no file names, insurers, calculators or case law in any message table', () => {
    expect(findInternalMarkers(messageTables)).toEqual([]);
  });

  it('has none in the texts of the domain either', () => {
    expect(findInternalMarkers(domainTables)).toEqual([]);
  });

  it('has no German sentences in the English texts', () => {
    const english = (tables: Record<string, unknown>) => findGermanInEnglish(tables).filter(isEnglish);
    expect(english(messageTables)).toEqual([]);
    expect(english(domainTables)).toEqual([]);
  });
});

describe('the scanner itself', () => {
  const planted = {
    de: { 'a.ok': 'Zählt mit.', 'a.bad': 'Zählt nicht (rules.md § 5).' },
    en: { 'a.ok': 'Counts.', 'a.bad': 'Counts (BSG 26.06.2007, B 1 KR 41/06 R; kkh Zuzahlungsrechner).' },
  };

  it('reports every planted marker with its path', () => {
    const findings = findInternalMarkers({ 'planted#table': planted });
    expect(findings.map((finding) => finding.path)).toEqual(
      expect.arrayContaining(['planted#table.de.a.bad', 'planted#table.en.a.bad']),
    );
    expect(findings.map((finding) => finding.marker)).toEqual(
      expect.arrayContaining([
        'rules.md',
        'case law (BSG)',
        'case law (file number)',
        'insurer (kkh)',
        'calculator',
      ]),
    );
    expect(findings.some((finding) => finding.path.endsWith('a.ok'))).toBe(false);
  });

  it('catches other insurers but not the service’s own AOK PLUS', () => {
    const texts = { a: 'Versichert bei der TK', b: 'VIACTIV', c: 'AOK Bayern', d: 'AOK PLUS', e: 'Barmer' };
    expect(findInternalMarkers({ t: texts }).map((finding) => finding.path)).toEqual([
      't.a',
      't.b',
      't.c',
      't.e',
    ]);
  });

  it('leaves a caseworker source beside a plain explanation alone, but not a source alone', () => {
    const split = {
      explanation: { de: 'Zählt nicht.', en: 'Does not count.' },
      law: '§ 62',
      source: 'BSG B 1 KR 26/01 R',
    };
    expect(findInternalMarkers({ split })).toEqual([]);
    expect(findInternalMarkers({ alone: { source: 'kkh.de' } })).toHaveLength(1);
  });

  it('finds German sentences in English, but not a German noun in brackets or quotes', () => {
    const english = {
      ok: 'Your limit (Belastungsgrenze) is 120,00 €.',
      quoted: 'Enter it as „Grundrente nach dem BVG“.',
      bad: 'Bitte geben Sie Ihre Einnahmen an.',
    };
    expect(findGermanInEnglish({ english }).map((finding) => finding.path)).toEqual(['english.bad']);
  });
});
