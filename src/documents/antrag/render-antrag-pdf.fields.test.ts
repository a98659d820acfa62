import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAntragContent } from './antrag-content.test-support';
import type { AntragContent } from './antrag-content';
import { formatCents } from './antrag-format';
import { antragMessages } from './antrag-messages';
import {
  buergergeldHousehold,
  coupleWithChildren,
  singlePensioner,
  unicodeName,
} from './antrag-households.test-support';
import { pdfText, renderToFile, requireTools } from './pdf-tools.test-support';
import { notificationChoice } from './section-declarations';

type Rendered = { content: AntragContent; text: string; field: (name: string) => string | undefined };

const render = async (content: AntragContent): Promise<Rendered> => {
  const { bytes, path } = await renderToFile(content);
  const form = (await PDFDocument.load(bytes)).getForm();
  return { content, text: pdfText(path), field: (name) => form.getTextField(name).getText() };
};

const money = (cents: number) => formatCents(cents, 'de').replace('\u00a0', ' ');

// Rendering plus external tools take seconds on two shared cores: a generous limit, never a time assertion.
describe('renderAntragPdf: answers as form fields and as text', { timeout: 30_000 }, () => {
  beforeAll(() => requireTools('pdftotext'));

  it('the couple with two children: the Unicode name in fields and extracted text', async () => {
    const { content, text, field } = await render(buildAntragContent(coupleWithChildren()));
    expect(field('antragsteller.name')).toBe(unicodeName);
    expect(field('antragsteller.kvnr')).toBe('D456789013');
    expect(field('haushalt.1.name')).toBe(unicodeName);
    expect(field('haushalt.2.name')).toBe('Marta Ørsted-Nguyễn');
    expect(field('haushalt.2.kasse')).toBe('Techniker Krankenkasse');
    expect(field('haushalt.3.zaehlt')).toBe('ja');
    expect(field('chroniker.2.chronisch_krank')).toBe('ja');
    expect(field('chroniker.2.nachweis')).toBe('schickt die Arztpraxis');
    expect(field('einnahme.1.betrag_jahr')).toBe('46.800,00 €');
    expect(field('einnahme.2.zaehlt')).toBe('nein');
    expect(field('zuzahlung.4.beschreibung')).toBe('Kompressionsstrümpfe, Verordnung vom 02.04.');
    expect(field('zuzahlung.10.datum')).toBe('01.10.2026 – 28.10.2026');
    const out = content.calculation.output;
    expect(field('berechnung.bruttoeinnahmen')).toBe(money(out.grossIncomeCents));
    expect(field('berechnung.freibetrag.1.person')).toBe('Marta Ørsted-Nguyễn');
    expect(field('berechnung.freibetrag.2.art')).toBe('Kinderfreibetrag');
    expect(field('berechnung.satz')).toBe('1 %');
    expect(field('berechnung.belastungsgrenze')).toBe(money(out.limitCents));
    expect(field('berechnung.gezahlt')).toBe(money(out.paidCents));
    expect(field('antrag.vorlaeufig')).toBe('nein');
    expect(field('nachreichen.1.unterlage')).toBe('Muster 55');
    expect(text).toContain(unicodeName);
    expect(text).toContain('Antrag auf Befreiung von Zuzahlungen (§ 62 SGB V)');
    expect(text).toContain('Seite 1 von');
    expect(text).toContain(money(out.limitCents));
    expect(text).toContain('1 %, weil ein berücksichtigtes Haushaltsmitglied');
  });

  it('the single pensioner: 2 %, every receipt with its amount, and the totals', async () => {
    const { content, text, field } = await render(buildAntragContent(singlePensioner()));
    const out = content.calculation.output;
    expect(out.ratePercent).toBe(2);
    expect(field('antragsteller.name')).toBe('Gertrud Schönfeld');
    expect(field('einnahme.1.betrag')).toBe('1.450,00 €');
    expect(field('einnahme.1.zeitraum')).toBe('monatlich');
    expect(field('einnahme.1.betrag_jahr')).toBe('17.400,00 €');
    content.receipts.forEach((receipt, i) => {
      expect(field(`zuzahlung.${i + 1}.betrag`)).toBe(money(receipt.amountCents));
    });
    expect(field('summe.gesamt.betrag')).toBe(money(out.paidCents));
    expect(field('berechnung.belastungsgrenze')).toBe(money(out.limitCents));
    expect(field('berechnung.erreicht_am')).toBe('noch nicht erreicht');
    expect(text).toContain('Gertrud Schönfeld');
    expect(field('einnahme.1.art')).toBe('Renten (Alters-, Erwerbsminderungs-, Hinterbliebenenrente)');
    expect(text).toContain('Renten (Alters-');
    expect(text).not.toContain('Weiterer Antrag zu');
  });

  it("a further application names the earlier one's reference in its first section", async () => {
    const content = { ...buildAntragContent(singlePensioner()), furtherApplicationTo: 'ZB-2026-000123' };
    const { text, field } = await render(content);
    expect(field('antrag.weiterer_antrag_zu')).toBe('ZB-2026-000123');
    expect(text).toContain('Weiterer Antrag zu');
    expect(text).toContain('ZB-2026-000123');
  });

  it('the Bürgergeld household: flat limit, no deductions, the legal guardian', async () => {
    const { content, text, field } = await render(buildAntragContent(buergergeldHousehold()));
    const out = content.calculation.output;
    expect(out.deductions).toEqual([]);
    expect(field('sozialleistung.art')).toBe('Bürgergeld / Grundsicherung für Arbeitsuchende (SGB II)');
    expect(field('antragsteller.vertretung.name')).toBe('Sabine Vogt (Berufsbetreuerin)');
    expect(field('antragsteller.vertretung.art')).toBe('rechtliche Betreuung');
    expect(field('berechnung.bruttoeinnahmen')).toBe('6.756,00 €');
    expect(field('berechnung.belastungsgrenze')).toBe(money(out.limitCents));
    expect(money(out.limitCents)).toBe('135,12 €');
    expect(text).toContain('Pauschal: Bruttoeinnahmen = 12 × Regelbedarfsstufe 1');
    expect(text).toContain('Dieter Krause');
  });

  it('section 8 states how the Bescheid is made known: consent to retrieval, post only, or no answer', async () => {
    const consented = await render({
      ...buildAntragContent(singlePensioner()),
      electronicNotification: true,
    });
    expect(consented.field('bescheid.bekanntgabe')).toBe(
      'Per Post und zusätzlich online zum Abruf. Die antragstellende Person willigt ein, dass der Bescheid durch die Bereitstellung zum Abruf bekannt gegeben wird (§ 37 Abs. 2a SGB X).',
    );
    expect(consented.text).toContain('Bekanntgabe des Bescheids');
    expect(consented.text).toMatch(/Per Post und zusätzlich online zum Abruf\./);
    const unanswered = await render(buildAntragContent(singlePensioner()));
    expect(unanswered.field('bescheid.bekanntgabe')).toBe('Keine Angabe, also nur per Post.');
    expect(unanswered.text).toContain('Keine Angabe, also nur per Post.');
    expect(notificationChoice(antragMessages.de, false)).toBe('Nur per Post.');
    expect(notificationChoice(antragMessages.en, true)).toMatch(/^By post and also online to retrieve\./);
    expect(notificationChoice(antragMessages.en, false)).toBe('By post only.');
    expect(notificationChoice(antragMessages.en, null)).toBe('No answer, so by post only.');
  });

  it('the English reading copy says so and formats money the English way', async () => {
    const { text, field } = await render(buildAntragContent(coupleWithChildren(), 'en'));
    expect(text).toContain('English reading copy');
    expect(text).toContain('Page 1 of');
    expect(text).toContain(unicodeName);
    expect(field('einnahme.1.betrag_jahr')).toBe('€46,800.00');
    expect(field('antrag.sprache')).toBe('en');
  });
});
