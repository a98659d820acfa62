import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationDocument } from '../../domain/application/application-document';
import { buildApplicationDocument } from '../../domain/application/build-application-document';
import { checkApplication } from '../../domain/application/check-application';
import { familyWithSpousePart, spousePartOfFamily } from '../../domain/application/member-parts.test-support';
import { declared, familyDraft, sampleContext } from '../../domain/application/sample-drafts.test-support';
import type { AntragLanguage } from './antrag-content';
import { formatCents } from './antrag-format';
import { exampleContent } from './example-application.test-support';
import { pdfText, renderToFile, requireTools } from './pdf-tools.test-support';

// Issue 14: a spouse handed in her own part. The Antrag shows her section as "separately provided" with the sums
// the applicant's app received, and nothing it did not: no receipts, providers, kinds of payment or diagnoses.

const documentOf = (draft: Parameters<typeof checkApplication>[0]): ApplicationDocument => {
  const built = buildApplicationDocument(checkApplication(draft, sampleContext), {
    applicationId: 'ZB-2026-000042',
    createdAt: '2026-11-20T10:00:00+01:00',
    nameAttachments: (refs) => refs.map((_, i) => `anlage-${i + 1}.pdf`),
  });
  if (!built.ok) throw new Error(built.problem.message.en);
  return built.value;
};

/** Text as one line of single spaces: pdftotext wraps where the table cell ends. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
const money = (cents: number, language: AntragLanguage) =>
  formatCents(cents, language).replace('\u00a0', ' ');

type Rendered = { text: string; field: (name: string) => string | undefined };
const render = async (document: ApplicationDocument, language: AntragLanguage): Promise<Rendered> => {
  const { bytes, path } = await renderToFile(exampleContent(language, document));
  const form = (await PDFDocument.load(bytes)).getForm();
  return { text: flat(pdfText(path)), field: (name) => form.getTextField(name).getText() };
};

// Rendering plus external tools take seconds on two shared cores: a generous limit, never a time assertion.
describe('renderAntragPdf with a member’s own part', { timeout: 60_000 }, () => {
  const part = spousePartOfFamily();
  const partSum = part.coPayments.reduce((sum, p) => sum + p.amountCents, 0);
  const document = documentOf(familyWithSpousePart(part));
  const rendered: Partial<Record<AntragLanguage, Rendered>> = {};
  beforeAll(async () => {
    requireTools('pdftotext');
    rendered.de = await render(document, 'de');
    rendered.en = await render(document, 'en');
  }, 120_000);

  it('shows the spouse’s section as separately provided, with her sums and the 1 % rate (German)', () => {
    const { text, field } = rendered.de!;
    expect(text).toContain('Von Maria Ørsted-Nguyễn gesondert eingereicht.');
    expect(text).toContain(`Einnahmen, die zählen: ${money(960_000, 'de')} im Jahr.`);
    expect(text).toContain(`15 Zuzahlungen, die zählen: zusammen ${money(partSum, 'de')}.`);
    expect(text).toContain('Der Satz von 1 % gilt.');
    expect(field('teil.1.person')).toBe('Maria Ørsted-Nguyễn');
    expect(field('teil.1.einnahmen')).toBe(money(960_000, 'de'));
    expect(field('teil.1.zuzahlungen')).toBe(`15; ${money(partSum, 'de')}`);
    expect(field('teil.1.satz_1_prozent')).toBe('ja');
    expect(field('teil.1.sha256')).toBe(part.sha256);
  });

  it('includes the part’s figures in the calculation, and says how much of them', () => {
    const { text, field } = rendered.de!;
    const typed = documentOf(declared(familyDraft())).calculation;
    // The same limit, paid sum and date as when the applicant typed the spouse's facts in.
    expect(field('berechnung.belastungsgrenze')).toBe(money(typed.limitCents, 'de'));
    expect(field('berechnung.gezahlt')).toBe(money(typed.paidCents, 'de'));
    expect(field('berechnung.satz')).toBe('1 %');
    expect(text).toContain(`darin von Maria Ørsted-Nguyễn gesondert eingereicht: ${money(960_000, 'de')}`);
    expect(text).toContain(
      `darin von Maria Ørsted-Nguyễn gesondert eingereicht: 15 Zuzahlungen, ${money(partSum, 'de')}`,
    );
  });

  it('shows nothing of the part the applicant did not receive: no receipts, providers, kinds or certificate', () => {
    const { text } = rendered.de!;
    // Her annual summary from the Linden-Apotheke and her Muster 55 "sent by the doctor" are hers alone.
    expect(text).not.toContain('Linden-Apotheke');
    expect(text).not.toContain('Rente');
    expect(text).not.toContain('Muster 55 (Maria');
    expect(text).not.toContain('schickt die Arztpraxis');
  });

  it('says the same in the English reading copy', () => {
    const { text } = rendered.en!;
    expect(text).toContain('Provided separately by Maria Ørsted-Nguyễn.');
    expect(text).toContain(`Income that counts: ${money(960_000, 'en')} a year.`);
    expect(text).toContain(`15 co-payments that count: ${money(partSum, 'en')} in all.`);
    expect(text).toContain('The 1 % rate applies.');
    expect(text).not.toContain('Linden-Apotheke');
  });

  it('shows no part for an application without one', async () => {
    const { text } = await render(documentOf(declared(familyDraft())), 'de');
    expect(text).not.toContain('gesondert eingereicht');
  });
});
