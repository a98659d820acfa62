import { PDFDocument, PDFTextField } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAntragContent } from './antrag-content.test-support';
import { largeHousehold, unicodeName } from './antrag-households.test-support';
import { margin } from './pdf-canvas';
import { pdfText, pdfWords, renderToFile, requireTools, type PageWords } from './pdf-tools.test-support';

// Ten people and 400 receipts: the document flows onto continuation pages, every page states its
// number and the page count, and no word lies outside the margins (long names and providers wrap).
describe('renderAntragPdf: a household of 10 with 400 receipts', () => {
  let pages: PageWords[];
  let text: string;
  let bytes: Uint8Array;
  const content = buildAntragContent(largeHousehold());

  beforeAll(async () => {
    requireTools('pdftotext');
    const rendered = await renderToFile(content);
    bytes = rendered.bytes;
    pages = pdfWords(rendered.path);
    text = pdfText(rendered.path);
  }, 120_000);

  it('has many continuation pages, each with "Seite n von N" and the repeated header', () => {
    expect(pages.length).toBeGreaterThan(10);
    const pageTexts = text.split('\f').filter((page) => page.trim() !== '');
    expect(pageTexts).toHaveLength(pages.length);
    pageTexts.forEach((page, index) => {
      expect(page).toContain(`Seite ${index + 1} von ${pages.length}`);
      expect(page).toContain('Antrag auf Befreiung von Zuzahlungen (§ 62 SGB V)');
      // 2027 uses provisional figures (docs/rules/rules.md § 1): every page says so.
      expect(page).toContain('vorläufig');
    });
  });

  it('draws no word outside the page margins', () => {
    const tolerance = 0.01;
    const outside = pages.flatMap((page, index) =>
      page.words
        .filter(
          (w) =>
            w.xMin < margin - tolerance ||
            w.yMin < margin - tolerance ||
            w.xMax > page.width - margin + tolerance ||
            w.yMax > page.height - margin + tolerance,
        )
        .map((w) => `page ${index + 1}: ${w.text} [${w.xMin}, ${w.yMin}, ${w.xMax}, ${w.yMax}]`),
    );
    expect(outside).toEqual([]);
    expect(pages.every((page) => page.width === 595.28 && page.height === 841.89)).toBe(true);
  });

  it('keeps every receipt, member and long provider name (wrapped, not cut off)', async () => {
    const form = (await PDFDocument.load(bytes)).getForm();
    // One pass over the fields: form.getTextField(name) searches them all on every call.
    const values = new Map(
      form
        .getFields()
        .filter((field) => field instanceof PDFTextField)
        .map((field) => [field.getName(), field.getText()]),
    );
    expect(values.get('haushalt.10.name')).toBe('Großonkel Bartholomäus');
    expect(values.get('zuzahlung.400.betrag')).toBeDefined();
    expect(values.get('zuzahlung.1.anbieter')).toBe(content.receipts[0]!.provider);
    expect(values.get('berechnung.vorlaeufig')).toContain('vorläufig');
    expect(values.get('antragsteller.name')).toBe(unicodeName);
    // A provider without spaces is cut between characters: its start and its end are both printed.
    const longProvider = content.receipts[7]!.provider;
    expect(longProvider.length).toBeGreaterThan(50);
    expect(text).toContain(longProvider.slice(0, 20));
    expect(text).toContain(longProvider.slice(-12));
  });
});
