import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import {
  dejaVuSans,
  pdfFonts,
  pdfInfo,
  pdfText,
  pdfWords,
  requireTools,
} from '../antrag/pdf-tools.test-support';
import type { AusweisCard } from './ausweis-card';
import { renderAusweisPdf, type AusweisRequest } from './render-ausweis-pdf';

const erika: AusweisCard = {
  memberId: 'm1',
  givenName: 'Erika',
  familyName: 'Müller-Lüdenscheidt',
  kvnr: 'A123456780',
  birthDate: '1954-03-07',
  cardNumber: 'ZB-2026-000123',
  insurerName: 'AOK PLUS',
  status: true,
  gueltigAb: '2026-03-10',
  gueltigBis: '2026-12-31',
};
const jürgen: AusweisCard = {
  ...erika,
  memberId: 'm2',
  givenName: 'Jürgen',
  familyName: 'Øster',
  kvnr: 'B987654321',
  birthDate: '1951-11-23',
};
const ended: AusweisCard = { ...erika, status: false, endedOn: '2026-04-15' };

const render = async (request: Partial<AusweisRequest> & Pick<AusweisRequest, 'cards'>) => {
  const bytes = await renderAusweisPdf(
    { language: 'de', layout: 'card', createdAt: '2026-03-12T08:00:00Z', ...request },
    { fontBytes: dejaVuSans },
  );
  const path = join(mkdtempSync(join(tmpdir(), 'ausweis-')), 'ausweis.pdf');
  writeFileSync(path, bytes);
  return { bytes, path };
};

const pageSizes = (path: string): { width: number; height: number }[] =>
  [...pdfInfo(path, '-f', '1', '-l', '99').matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map(
    (match) => ({ width: Number(match[1]), height: Number(match[2]) }),
  );

// Rendering plus external tools take seconds on two shared cores: a generous limit, never a time assertion.
describe('renderAusweisPdf', { timeout: 30_000 }, () => {
  requireTools('pdfinfo', 'pdftotext', 'pdffonts');

  it('makes one page per card, each the size of a health insurance card (85.6 × 54 mm)', async () => {
    const { path } = await render({ cards: [erika, jürgen] });
    const sizes = pageSizes(path);
    expect(sizes).toHaveLength(2);
    for (const size of sizes) {
      expect(size.width).toBeCloseTo(242.65, 1);
      expect(size.height).toBeCloseTo(153.07, 1);
    }
  });

  it('prints name, KVNR, birth date, both dates of validity, insurer and card number in German', async () => {
    const { path } = await render({ cards: [erika] });
    const text = pdfText(path);
    expect(text).toContain('Befreiungsausweis');
    expect(text).toContain('Befreit von Zuzahlungen');
    expect(text).toContain('Erika Müller-Lüdenscheidt');
    expect(text).toContain('A 123 456 780');
    expect(text).toContain('07.03.1954');
    expect(text).toContain('10.03.2026 – 31.12.2026');
    expect(text).toContain('AOK PLUS');
    expect(text).toContain('ZB-2026-000123');
    expect(text.replace(/\s+/g, ' ')).toContain('Die Befreiung endet am 31.12.2026');
    expect(text.replace(/\s+/g, ' ')).toContain('nur für gesetzliche Zuzahlungen');
    expect(text).not.toMatch(/nicht mehr gültig/i);
  });

  it('prints the same in English, with the German name of the card', async () => {
    const { path } = await render({ cards: [jürgen], language: 'en' });
    const text = pdfText(path);
    expect(text).toContain('Befreiungsausweis (exemption card)');
    expect(text).toContain('Exempt from co-payments');
    expect(text).toContain('Jürgen Øster');
    expect(text).toContain('B 987 654 321');
    expect(text).toContain('1951-11-23');
    expect(text).toContain('2026-03-10 – 2026-12-31');
    expect(text).toContain('AOK PLUS');
    expect(text).toContain('ZB-2026-000123');
    expect(text.replace(/\s+/g, ' ')).toContain('The exemption ends on 2026-12-31');
  });

  it('says plainly that an ended card is no longer valid, in both languages', async () => {
    const german = pdfText((await render({ cards: [ended] })).path).replace(/\s+/g, ' ');
    expect(german).toContain('NICHT MEHR GÜLTIG');
    expect(german).toContain('Die Befreiung endete am 15.04.2026. Dieser Ausweis gilt nicht mehr.');
    expect(german).not.toContain('Befreit von Zuzahlungen');
    const english = pdfText((await render({ cards: [ended], language: 'en' })).path).replace(/\s+/g, ' ');
    expect(english).toContain('NO LONGER VALID');
    expect(english).toContain('This card is no longer valid.');
    const noStatus = pdfText((await render({ cards: [{ ...erika, status: false }] })).path);
    expect(noStatus).toContain('Dieser Ausweis gilt nicht.');
  });

  it('puts all cards in card size on A4 portrait sheets with cut marks, eight to a sheet', async () => {
    const cards = Array.from({ length: 9 }, (_, index) => ({
      ...(index % 2 === 0 ? erika : jürgen),
      memberId: `m${index}`,
    }));
    const { path, bytes } = await render({ cards, layout: 'sheet' });
    const sizes = pageSizes(path);
    expect(sizes).toHaveLength(2);
    for (const size of sizes) {
      expect(size.width).toBeCloseTo(595.28, 1);
      expect(size.height).toBeCloseTo(841.89, 1);
    }
    const text = pdfText(path);
    expect(text).toContain('Befreiungsausweise zum Ausschneiden');
    expect(text).toContain('Erika Müller-Lüdenscheidt');
    expect(text).toContain('B 987 654 321');
    expect(text.match(/ZB-2026-000123/g)).toHaveLength(9);
    // Every word lies inside the page's margins, so a printer set to "fit" never shrinks the cards.
    for (const page of pdfWords(path)) {
      for (const word of page.words) {
        expect(word.xMin).toBeGreaterThan(20);
        expect(word.xMax).toBeLessThan(page.width - 20);
        expect(word.yMin).toBeGreaterThan(20);
        expect(word.yMax).toBeLessThan(page.height - 20);
      }
    }
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(2);
  });

  it('keeps every word of a card inside the card', async () => {
    const long: AusweisCard = {
      ...erika,
      givenName: 'Maximiliane Friederike',
      familyName: 'von Hohenzollern-Sigmaringen-Lüdenscheidt',
      insurerName: 'AOK PLUS – Die Gesundheitskasse für Sachsen und Thüringen',
    };
    const { path } = await render({ cards: [long, ended] });
    for (const page of pdfWords(path)) {
      for (const word of page.words) {
        expect(word.xMin).toBeGreaterThanOrEqual(4);
        expect(word.xMax).toBeLessThanOrEqual(page.width - 4);
        expect(word.yMin).toBeGreaterThanOrEqual(2);
        expect(word.yMax).toBeLessThanOrEqual(page.height - 2);
      }
    }
  });

  it('embeds a subset of its Unicode font and sets title, language and creation date', async () => {
    const { path, bytes } = await render({ cards: [erika] });
    const fonts = pdfFonts(path);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+DejaVuSans/);
    }
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Befreiungsausweis 2026 – Erika Müller-Lüdenscheidt');
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('de-DE');
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-03-12T08:00:00.000Z');
    expect(pdfInfo(path)).toMatch(/Tagged:\s+yes/);
    const english = await PDFDocument.load((await render({ cards: [erika], language: 'en' })).bytes);
    expect(english.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('en-GB');
  });

  it('never reads the clock: the same request gives the same bytes', async () => {
    const first = await render({ cards: [erika, jürgen], layout: 'sheet' });
    const second = await render({ cards: [erika, jürgen], layout: 'sheet' });
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
  });

  it('refuses to make an empty document', async () => {
    await expect(render({ cards: [] })).rejects.toThrow(/No exemption card/);
  });
});
