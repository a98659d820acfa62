import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LimitCaseOutput } from '../../domain/limit-case/compute-limit-case';
import { buildAntragContent } from '../antrag/antrag-content.test-support';
import { coupleWithChildren, receiptsFor, singlePensioner } from '../antrag/antrag-households.test-support';
import { dejaVuSans, dejaVuSansBold, pdfRawText } from '../antrag/pdf-tools.test-support';
import type { BescheidLetter } from './bescheid-letter';
import { renderBescheidPdf } from './render-bescheid-pdf';

// Letters for the tests. Every calculation is the real rule engine's (computeLimitCase through the Antrag's
// fixture builder), never a hand-written figure.

/** A pensioner whose sixty receipts pass her limit: an exemption with a refund. */
export const pensionerCase = (): { output: LimitCaseOutput; names: Readonly<Record<string, string>> } => {
  const content = buildAntragContent({ ...singlePensioner(), receipts: receiptsFor(['a'], 60, 2026) });
  return { output: content.calculation.output, names: content.calculation.memberNames };
};

/** A couple with children: the calculation has deductions for the spouse and each child. */
export const familyCase = (): { output: LimitCaseOutput; names: Readonly<Record<string, string>> } => {
  const content = buildAntragContent(coupleWithChildren());
  return { output: content.calculation.output, names: content.calculation.memberNames };
};

export const insurer: BescheidLetter['insurer'] = {
  name: 'AOK PLUS',
  postalAddress: ['Sternplatz 7', '01067 Dresden'],
  phone: '0800 1059000',
  email: 'service@plus.aok.de',
};

const base = (decision: BescheidLetter['decision']): BescheidLetter => ({
  insurer,
  recipient: { name: 'Gertrud Schönfeld', addressLines: ['Am Elbufer 3', '01069 Dresden'] },
  applicantKvnr: 'X110411675',
  reference: 'ZB-2026-000123',
  letterDate: '2026-11-20',
  year: 2026,
  caseworkerName: 'Jana Brückner',
  decision,
});

export const exemptLetter = (overrides: Partial<BescheidLetter> = {}): BescheidLetter => {
  const { output, names } = pensionerCase();
  return {
    ...base({
      kind: 'befreit',
      exemptFrom: output.limitReachedOn ?? '2026-01-01',
      exemptUntil: '2026-12-31',
      refundCents: output.refundCents,
      covered: [{ name: 'Gertrud Schönfeld' }],
      calculation: output,
      notCounted: [
        {
          description: 'Zahnersatz, Praxis Dr. Weiß, 12.05.2026',
          amountCents: 48_000,
          reason: 'Der Eigenanteil beim Zahnersatz ist keine Zuzahlung.',
        },
        {
          description: 'Nasenspray ohne Rezept, 03.02.2026',
          amountCents: 699,
          reason: 'Ohne Verordnung gekauft.',
        },
      ],
    }),
    memberNames: names,
    ...overrides,
  };
};

export const advanceLetter = (amountCents?: number): BescheidLetter => {
  const { output, names } = familyCase();
  return {
    ...base({
      kind: 'vorauszahlung-bestaetigt',
      exemptFrom: '2026-02-03',
      exemptUntil: '2026-12-31',
      amountCents: amountCents ?? output.limitCents,
      covered: [{ name: 'Łukasz Ğüneş Ørsted-Nguyễn' }, { name: 'Jonas Ørsted-Nguyễn' }],
      calculation: output,
    }),
    memberNames: names,
  };
};

export const rejectedLetter = (withCalculation = true): BescheidLetter => ({
  ...base({
    kind: 'abgelehnt',
    reason:
      'Die angerechneten Zuzahlungen haben die Belastungsgrenze noch nicht erreicht. Eine Befreiung ist erst ab diesem Tag möglich.',
    calculation: withCalculation ? buildAntragContent(singlePensioner()).calculation.output : null,
  }),
});

export const requestLetter = (): BescheidLetter =>
  base({
    kind: 'unterlagen-angefordert',
    documents: [
      'Rentenanpassungsmitteilung 2026 der Deutschen Rentenversicherung',
      'Quittungen der Apotheke für März 2026',
      'Bescheinigung über die chronische Erkrankung (Muster 55)',
    ],
    dueOn: '2026-12-18',
  });

/** Renders with DejaVu Sans (regular and bold) and writes the file for the PDF tools. */
export const renderLetter = async (letter: BescheidLetter): Promise<{ bytes: Uint8Array; path: string }> => {
  const bytes = await renderBescheidPdf(letter, { fontBytes: dejaVuSans, boldFontBytes: dejaVuSansBold });
  const path = join(mkdtempSync(join(tmpdir(), 'bescheid-')), 'bescheid.pdf');
  writeFileSync(path, bytes);
  return { bytes, path };
};

/**
 * The letter's text in the order it is drawn (which is its reading order: the letterhead block by block, a table
 * row by row), every run of white space (line ends, page breaks, no-break spaces) as one space.
 */
export const letterText = (path: string): string => pdfRawText(path).replace(/\s+/g, ' ');
