import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AntragAdvancePayment, AntragContent } from './antrag-content';
import { buildAntragContent } from './antrag-content.test-support';
import { formatCents } from './antrag-format';
import { singlePensioner } from './antrag-households.test-support';
import { pdfText, renderToFile, requireTools } from './pdf-tools.test-support';

const money = (cents: number) => formatCents(cents, 'de').replace('\u00a0', ' ');
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

const withAdvance = (
  advancePayment: AntragAdvancePayment | null,
  language: 'de' | 'en' = 'de',
): AntragContent => ({
  ...buildAntragContent(singlePensioner(), language),
  advancePayment,
});

const mandate = {
  creditorName: 'AOK PLUS (Demo)',
  creditorId: 'DE98ZZZ09999999999',
  mandateReference: 'ZBV0F8C2A4E9B1D',
  accountHolder: 'Erika Mustermann',
  iban: 'DE89370400440532013000',
  signedOn: '2026-12-07',
  debitOn: '2026-12-21',
};

// Rendering plus external tools take seconds on two shared cores: a generous limit, never a time assertion.
describe('renderAntragPdf: the advance payment', { timeout: 30_000 }, () => {
  beforeAll(() => requireTools('pdftotext'));

  it('states the rest after co-payments, the way to pay and the mandate in the first person', async () => {
    const base = withAdvance(null);
    const limit = base.calculation.output.limitCents;
    const content = withAdvance({
      option: 'rest',
      amountCents: limit - 1_000,
      paidBeforeCents: 1_000,
      method: 'directDebit',
      mandate,
    });
    const { bytes, path } = await renderToFile(content);
    const text = oneLine(pdfText(path));
    expect(text).toContain('7a. Vorauszahlung');
    expect(text).toContain(`beantragt die Befreiung für ${content.year} durch Vorauszahlung`);
    expect(text).toContain(`Vorauszahlung: Restbetrag ${money(limit - 1_000)}`);
    expect(text).toContain('SEPA-Lastschriftmandat für eine einmalige Zahlung');
    expect(text).toContain('Gläubiger-Identifikationsnummer DE98ZZZ09999999999');
    expect(text).toContain('Mandatsreferenz ZBV0F8C2A4E9B1D');
    expect(text).toContain('DE89 3704 0044 0532 0130 00');
    expect(text).toContain('Belastungsdatum 21.12.2026');
    expect(text).toContain('Ich ermächtige AOK PLUS (Demo)');
    expect(text).toContain('innerhalb von acht Wochen');
    expect(text).toContain('wird die Differenz nicht erstattet');
    const form = (await PDFDocument.load(bytes)).getForm();
    expect(form.getTextField('vorauszahlung.betrag').getText()).toBe(money(limit - 1_000));
    expect(form.getTextField('mandat.referenz').getText()).toBe('ZBV0F8C2A4E9B1D');
  });

  it('has no mandate for a transfer, and no advance section for an ordinary application', async () => {
    const transfer = withAdvance(
      { option: 'full', amountCents: 12_345, paidBeforeCents: 0, method: 'transfer', mandate: null },
      'en',
    );
    const text = oneLine(pdfText((await renderToFile(transfer)).path));
    expect(text).toContain('7a. Advance payment');
    expect(text).toContain('Way to pay Bank transfer');
    expect(text).not.toContain('direct debit mandate');
    const ordinary = oneLine(pdfText((await renderToFile(withAdvance(null))).path));
    expect(ordinary).not.toContain('Vorauszahlung');
  });
});
