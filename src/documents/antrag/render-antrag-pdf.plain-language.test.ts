import { beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationDocument } from '../../domain/application/application-document';
import type { AntragLanguage } from './antrag-content';
import { exampleApplication, exampleContent } from './example-application.test-support';
import { defaultInsurerName } from './insurer-name';
import { pdfRawText, renderToFile, requireTools } from './pdf-tools.test-support';

// Issue 11: nothing of ours that the applicant reads names an internal file, another insurer or
// calculator, or cites case law. What the applicant typed is theirs (a spouse's insurer), so the
// scan runs on the example application with the typed insurer replaced; a separate test shows the
// typed name is printed as typed.

/** Internal notes, case law, other insurers and calculators: none may appear in our text. */
const markers: readonly RegExp[] = [
  /rules\.md/i,
  /\.md\b/i,
  /\bBSG\b/,
  /\bUrteil/i,
  /\bAz\./,
  /\bB \d+ KR \d+/,
  /kkh/i,
  /viactiv/i,
  /\bTK\b/,
  /Techniker/i,
  /barmer/i,
  /\bDAK\b/,
  /\bIKK\b/,
  /\bBKK\b/,
  /Zuzahlungsrechner|calculator/i,
  /https?:|www\./i,
];

export const internalMarkers = (text: string): string[] =>
  markers.flatMap((marker) => {
    const found = marker.exec(text);
    return found ? [found[0]] : [];
  });

/** The example with the spouse's typed insurer replaced by a neutral name: only our own words are left. */
const ownWordsOnly = (): ApplicationDocument => {
  const document = exampleApplication();
  return {
    ...document,
    members: document.members.map((member) =>
      member.insurer === 'same' ? member : { ...member, insurer: { other: 'Musterkasse Nord' } },
    ),
  };
};

const text = async (language: AntragLanguage, document = ownWordsOnly()) =>
  pdfRawText((await renderToFile(exampleContent(language, document))).path);

// Rendering plus external tools take seconds on two shared cores: a generous limit, never a time assertion.
describe('renderAntragPdf: plain language in the fixed text', { timeout: 60_000 }, () => {
  const texts: Partial<Record<AntragLanguage, string>> = {};
  beforeAll(async () => {
    requireTools('pdftotext');
    texts.de = await text('de');
    texts.en = await text('en');
  }, 120_000);
  const of = (language: AntragLanguage) => texts[language] ?? '';

  it.each(['de', 'en'] as const)(
    '%s: no internal file, case law, other insurer or calculator',
    (language) => {
      expect(of(language).length).toBeGreaterThan(3000);
      expect(internalMarkers(of(language))).toEqual([]);
    },
  );

  it('the scanner finds markers planted in the PDF (so an empty result means something)', async () => {
    const content = exampleContent('de', ownWordsOnly());
    const planted = {
      ...content,
      declarations: content.declarations.map((d, i) =>
        i === 0 ? { ...d, text: `${d.text} (BSG 26.06.2007, B 1 KR 41/06 R; rules.md § 2; kkh.de)` } : d,
      ),
    };
    const found = internalMarkers(pdfRawText((await renderToFile(planted)).path));
    expect(found).toEqual(expect.arrayContaining(['rules.md', 'BSG', 'kkh']));
  });

  it('speaks about the applicant in the third person; only the declarations say "ich"', () => {
    expect(of('de')).toMatch(/Name der antragstellenden\s+Person/);
    expect(of('de')).toMatch(/Ich versichere, dass meine Angaben/);
    expect(of('de')).not.toMatch(/\b(Sie|Ihr|Ihre|Ihnen)\b/);
    expect(of('en')).toContain('Name of the applicant');
    expect(of('en')).not.toMatch(/\b(you|your)\b/i);
  });

  it('names people, never "Person 2", and names the insurer', () => {
    for (const language of ['de', 'en'] as const) {
      expect(of(language)).not.toMatch(/\bPerson\s+\d/);
      expect(of(language)).toContain(`(Maria Ørsted-Nguyễn)`);
      expect(of(language)).toContain(defaultInsurerName);
    }
    expect(of('de')).toMatch(/An die Krankenkasse\s+AOK PLUS/);
  });

  it('is made online: no signature is asked for, in German or in English', () => {
    expect(of('de')).toMatch(/Online gestellt am\s+20\.11\.2026, 10:30\sUhr/);
    expect(of('de')).not.toMatch(/Ort, Datum|Unterschrift:|unterschreiben/);
    expect(of('en')).toMatch(/Made online on\s+2026-11-20 10:30 \(German time\)/);
    expect(of('en')).not.toMatch(/please sign|sign and send|signature:/i);
    expect(of('en')).toContain('Only the German application counts.');
  });

  it('never breaks a line inside "§ 62 SGB V" or between an amount and "€"', () => {
    // The subset maps the no-break space to the space glyph, so extraction shows a space; the
    // line breaks are what the no-break spaces are for.
    const lines = [...of('de').split('\n'), ...of('en').split('\n')].map((line) => line.trim());
    expect(lines.filter((line) => /(§|Abs\.|SGB)$/.test(line))).toEqual([]);
    expect(lines.filter((line) => /^(€|%|\d+ SGB|[IVX]+\b)/.test(line))).toEqual([]);
  });

  it('prints what the applicant typed as typed, even another insurer’s name', async () => {
    const typed = pdfRawText((await renderToFile(exampleContent('de'))).path);
    expect(typed).toContain('Techniker Krankenkasse');
  });

  it('shows the time the application was made in Berlin, whatever zone it was recorded in', async () => {
    // 09:30 UTC in November is 10:30 in Berlin; 22:30 UTC on 31 March (summer time) is 00:30 on 1 April.
    const winter = { ...ownWordsOnly(), createdAt: '2026-11-20T09:30:00Z' };
    expect(await text('de', winter)).toMatch(/Online gestellt am\s+20\.11\.2026, 10:30\sUhr/);
    const summer = { ...ownWordsOnly(), createdAt: '2026-03-31T22:30:00Z' };
    expect(await text('de', summer)).toMatch(/Erstellt am 01\.04\.2026, 00:30\sUhr/);
  });
});
