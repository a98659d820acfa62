import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { ApplicationDocument } from '../../domain/application/application-document';
import type { ApplicationDraft } from '../../domain/application/application-draft';
import { applicationLimit } from '../../domain/application/application-limit';
import { buildApplicationDocument } from '../../domain/application/build-application-document';
import {
  buergergeldWithFiles,
  declared,
  sampleContext,
  sampleDrafts,
} from '../../domain/application/sample-drafts.test-support';
import { welfareLabels } from '../../domain/belastungsgrenze/welfare';
import { incomeTypeInfo } from '../../domain/income/income-catalogue';
import { paymentCategories } from '../../domain/zuzahlung/payment-category';
import type { AntragContent, AntragLanguage } from './antrag-content';
import { antragContentFromApplication } from './antrag-content-from-application';
import { formatCents } from './antrag-format';
import { defaultInsurerName } from './insurer-name';
import { renderAntragPdf } from './render-antrag-pdf';
import { checkApplication } from '../../domain/application/check-application';

const documentOf = (draft: ApplicationDraft): ApplicationDocument => {
  const built = buildApplicationDocument(checkApplication(draft, sampleContext), {
    applicationId: 'ZB-2026-000042',
    createdAt: '2026-11-20T10:00:00+01:00',
    nameAttachments: (refs) => refs.map((ref, i) => `${ref.purpose}-${i + 1}.pdf`),
  });
  if (!built.ok) throw new Error(built.problem.message.en);
  return built.value;
};

const contentOf = (document: ApplicationDocument, language: AntragLanguage = 'de'): AntragContent => {
  const content = antragContentFromApplication(document, language, {
    place: 'Dresden',
    signedOn: '2026-11-20',
  });
  if (!content.ok) throw new Error(content.problem.message.en);
  return content.value;
};

describe('antragContentFromApplication', () => {
  it.each(Object.entries(sampleDrafts))(
    'shows exactly what the app showed for the %s household',
    (_, make) => {
      const draft = declared(make());
      const content = contentOf(documentOf(draft));
      const shown = applicationLimit(checkApplication(draft, sampleContext))!.result;
      const { warnings, ...numbers } = content.calculation.output;
      const { warnings: shownWarnings, ...shownNumbers } = shown;
      expect(numbers).toEqual(shownNumbers);
      expect(warnings.map((w) => w.code)).toEqual(shownWarnings.map((w) => w.code));
      expect(content.household.map((m) => m.id)).toEqual(shown.explanation.members.map((m) => m.memberId));
      expect(content.household.map((m) => m.reason)).toEqual(shown.explanation.members.map((m) => m.text.de));
      expect(content.provisional).toBe(shown.provisional);
      expect(content.receipts).toHaveLength(draft.answers.receipts?.entries?.length ?? 0);
    },
  );

  it('carries the earlier reference of a further application, and none otherwise', () => {
    const first = declared(sampleDrafts.pensioner());
    expect(contentOf(documentOf(first)).furtherApplicationTo).toBeNull();
    const further = { ...first, furtherApplicationTo: { reference: 'ZB-2026-000123' } };
    expect(contentOf(documentOf(further)).furtherApplicationTo).toBe('ZB-2026-000123');
  });

  it('the family: names, labels, the spouse’s insurer, and what goes by post', () => {
    const content = contentOf(documentOf(declared(sampleDrafts.family())));
    expect(content.applicant.name).toBe('Łukasz Ğüneş Ørsted-Nguyễn');
    expect(content.signature).toEqual({ place: 'Dresden', date: '2026-11-20' });
    expect(content.household[1]).toMatchObject({
      name: 'Maria Ørsted-Nguyễn',
      insurer: 'Techniker Krankenkasse',
    });
    // "Insured with us" is the insurer's name: the PDF names it (insurer-name.ts).
    expect(content.insurerName).toBe(defaultInsurerName);
    expect(content.household[0]?.insurer).toBe(defaultInsurerName);
    expect(content.incomes.map((i) => i.typeLabel)).toEqual([
      incomeTypeInfo('wages').label.de,
      incomeTypeInfo('wages').label.de,
      incomeTypeInfo('pension').label.de,
    ]);
    expect(content.receipts[1]?.categoryLabel).toBe(paymentCategories.remedies.label.de);
    expect(content.receipts[40]).toMatchObject({
      date: { from: '2026-01-01', to: '2026-06-30' },
      counts: true,
    });
    expect(content.chronicIllness.find((c) => c.memberId === 's1')?.proof).toBe('doctorSends');
    expect(content.welfare).toBeNull();
    expect(content.declarations).toHaveLength(2);
    expect(content.declarations.every((d) => d.accepted)).toBe(true);
    expect(content.attachments).toEqual([]);
    const wages = incomeTypeInfo('wages').label.de;
    expect(content.toSendByPost.map((p) => p.document.replace(/\u00a0/g, ' '))).toEqual([
      `Einkommensnachweis: ${wages}, 3.400,00 € monatlich (Łukasz Ğüneş Ørsted-Nguyễn)`,
      `Einkommensnachweis: ${wages}, 1.700,00 € einmalig (Łukasz Ğüneş Ørsted-Nguyễn)`,
      `Einkommensnachweis: ${incomeTypeInfo('pension').label.de}, 9.600,00 € jährlich (Maria Ørsted-Nguyễn)`,
      'Bescheinigung Muster 55 (Maria Ørsted-Nguyễn)',
    ]);
    // The PDF speaks about the applicant, not to them.
    expect(content.toSendByPost[0]?.reason).toBe(
      'Die antragstellende Person schickt diesen Nachweis per Post.',
    );
  });

  it.each([
    ['consent to retrieval', { electronicNotification: true }, true],
    ['post only', { electronicNotification: false }, false],
    ['no answer', {}, null],
  ] as const)('carries the choice how the Bescheid is made known: %s', (_, choice, expected) => {
    const document = documentOf(declared(sampleDrafts.pensioner()));
    const withChoice = {
      ...document,
      declarations: { correct: true as const, consent: true as const, ...choice },
    };
    expect(contentOf(withChoice, 'de').electronicNotification).toBe(expected);
  });

  it('in English: the labels and declarations of the English copy', () => {
    const content = contentOf(documentOf(declared(sampleDrafts.family())), 'en');
    expect(content.language).toBe('en');
    expect(content.incomes[2]?.typeLabel).toBe(incomeTypeInfo('pension').label.en);
    expect(content.declarations[1]?.text).toMatch(/^I consent to the health insurer/);
    expect(content.toSendByPost[3]).toEqual({
      document: 'Certificate Muster 55 (Maria Ørsted-Nguyễn)',
      reason: 'The doctor’s practice sends the certificate directly to the health insurer.',
    });
  });

  it('Bürgergeld: the benefit, a denture share that does not count, the attached files and what they prove', () => {
    const draft = buergergeldWithFiles();
    const content = contentOf(documentOf(draft));
    expect(content.welfare).toEqual({ label: welfareLabels.buergergeld.de });
    expect(content.incomes).toEqual([]);
    expect(content.receipts.find((r) => r.provider === 'Zahnarztpraxis Dr. Roth')?.counts).toBe(false);
    expect(content.receipts.find((r) => r.memberId === 'c1')?.counts).toBe(true);
    expect(content.attachments).toEqual([
      { fileName: 'welfare-1.pdf', proves: `Bescheid: ${welfareLabels.buergergeld.de}` },
      {
        fileName: 'receipt-2.pdf',
        proves: `Zuzahlungsbeleg vom 15.01.2026, Rosen-Apotheke (${content.applicant.name})`,
      },
    ]);
    expect(content.toSendByPost).toEqual([]);
  });

  it('says what an income proof, a certificate and a power of attorney prove', () => {
    const document = documentOf(declared(sampleDrafts.family()));
    const file = (
      fileId: string,
      purpose: ApplicationDocument['attachments'][number]['purpose'],
      refId: string | null,
    ) => ({
      fileId,
      name: `${fileId}.pdf`,
      type: 'application/pdf' as const,
      purpose,
      refId,
    });
    const content = contentOf({
      ...document,
      incomes: document.incomes.map((i) =>
        i.id === 'i1' ? { ...i, months: 7, annualCents: 7 * i.amountCents } : i,
      ),
      attachments: [
        file('lohn', 'income', 'i1'),
        file('m55', 'certificate', 's1'),
        file('vollmacht', 'representation', null),
      ],
    });
    expect(content.attachments.map((a) => a.proves.replace(/\u00a0/g, ' '))).toEqual([
      `Einkommensnachweis: ${incomeTypeInfo('wages').label.de} (in 7 Monaten), 3.400,00 € monatlich (Łukasz Ğüneş Ørsted-Nguyễn)`,
      'Bescheinigung Muster 55 (Maria Ørsted-Nguyễn)',
      'Vollmacht',
    ]);
    expect(content.incomes[0]?.annualCents).toBe(7 * 340_000);
  });

  it('numbers the engine’s receipt warnings as the receipts table does and names the person', () => {
    const document = documentOf(declared(sampleDrafts.family()));
    const tampered: ApplicationDocument = {
      ...document,
      // Ida turns 19 in 2026: without family insurance she has her own limit and her receipt does not count.
      members: document.members.map((m) => (m.id === 'c2' ? { ...m, familyInsured: false } : m)),
      receipts: [...document.receipts, { ...document.receipts[0]!, id: 'r42', memberId: 'c2' }],
    };
    const de = contentOf(tampered).calculation.output.warnings.map((w) => w.message.de);
    expect(de).toContain(
      'Beleg Nr. 42: Ida Ørsted-Nguyễn zählt nicht zum Haushalt; die Zahlung wird nicht angerechnet.',
    );
    const en = contentOf(tampered, 'en').calculation.output.warnings.map((w) => w.message.en);
    expect(en).toContain(
      'Receipt no. 42: Ida Ørsted-Nguyễn does not count for the household; the payment is not counted.',
    );
    expect(contentOf(tampered).receipts[41]?.counts).toBe(false);
  });

  it('leaves the account out when nothing is refunded, and the place empty when unknown', () => {
    const document = documentOf(declared(sampleDrafts.pensioner()));
    const content = antragContentFromApplication(document, 'de', { place: null, signedOn: '2026-11-20' });
    if (!content.ok) throw new Error(content.problem.message.en);
    expect(content.value.calculation.output.refundCents).toBe(0);
    expect(content.value.applicant.bank).toBeNull();
    expect(content.value.signature.place).toBe('');
  });

  it('fails for a year without figures of law instead of inventing a limit', () => {
    const document = { ...documentOf(declared(sampleDrafts.pensioner())), year: 2019 };
    const content = antragContentFromApplication(document, 'de', { place: null, signedOn: '2026-11-20' });
    expect(content.ok).toBe(false);
  });

  it('renders a PDF whose limit field is the limit the app showed', { timeout: 60_000 }, async () => {
    const draft = declared(sampleDrafts.family());
    const content = contentOf(documentOf(draft));
    const font = readFileSync(
      join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf', 'DejaVuSans.ttf'),
    );
    const bytes = await renderAntragPdf(content, { fontBytes: font });
    const form = (await PDFDocument.load(bytes)).getForm();
    const limit = applicationLimit(checkApplication(draft, sampleContext))!.result.limitCents;
    expect(form.getTextField('berechnung.belastungsgrenze').getText()).toBe(
      formatCents(limit, 'de').replace('\u00a0', ' '),
    );
    expect(form.getTextField('nachreichen.4.unterlage').getText()).toBe(
      'Bescheinigung Muster 55 (Maria Ørsted-Nguyễn)',
    );
  });
});
