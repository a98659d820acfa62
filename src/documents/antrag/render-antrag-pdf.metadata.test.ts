import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildAntragContent } from './antrag-content.test-support';
import { buergergeldHousehold, coupleWithChildren, unicodeName } from './antrag-households.test-support';
import { antragProducer, renderAntragPdf } from './render-antrag-pdf';
import { dejaVuSans } from './pdf-tools.test-support';

const load = async (language: 'de' | 'en') => {
  const content = buildAntragContent(coupleWithChildren(), language);
  const bytes = await renderAntragPdf(content, { fontBytes: dejaVuSans });
  return { content, bytes, doc: await PDFDocument.load(bytes, { updateMetadata: false }) };
};

// Rendering plus external tools take seconds on two shared cores: a generous limit, never a time assertion.
describe('renderAntragPdf: document metadata', { timeout: 30_000 }, () => {
  it('sets title, author, subject, language, producer and the creation date from the content', async () => {
    const { doc } = await load('de');
    expect(doc.getTitle()).toBe('Antrag auf Befreiung von Zuzahlungen (§ 62 SGB V) 2026');
    expect(doc.getAuthor()).toBe(unicodeName);
    expect(doc.getSubject()).toContain('Kalenderjahr 2026');
    expect(doc.getProducer()).toBe(antragProducer);
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-11-20T09:30:00.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2026-11-20T09:30:00.000Z');
    const lang = doc.catalog.lookup(PDFName.of('Lang'), PDFString);
    expect(lang.decodeText()).toBe('de-DE');
  });

  it('marks the English reading copy as English', async () => {
    const { doc } = await load('en');
    expect(doc.getTitle()).toBe('Application for exemption from co-payments (§ 62 SGB V) 2026');
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('en-GB');
  });

  it('never reads the clock: the same content gives the same bytes', async () => {
    const content = buildAntragContent(buergergeldHousehold());
    const first = await renderAntragPdf(content, { fontBytes: dejaVuSans });
    const second = await renderAntragPdf(content, { fontBytes: dejaVuSans });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });
});
