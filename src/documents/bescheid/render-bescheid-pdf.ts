import { PDFName, type PDFDocument, type PDFPage } from 'pdf-lib';
import { formatDate } from '../antrag/antrag-format';
import type { FieldWriter } from '../antrag/antrag-fields';
import { nameFontSubset } from '../antrag/font-subset-tag';
import { keepTogether } from '../antrag/keep-together';
import { pageFlow } from '../antrag/page-flow';
import { margin, pageSize, type FontWeight, type Mark, type PdfCanvas } from '../antrag/pdf-canvas';
import { newTaggedPdf, type PdfFonts } from '../antrag/tagged-pdf';
import { wrapText } from '../antrag/wrap-text';
import { xmpMetadata } from '../antrag/xmp-metadata';
import { groupKvnr } from '../befreiungsausweis/ausweis-card';
import { renderBody } from './bescheid-body';
import type { BescheidLetter } from './bescheid-letter';
import { bescheidMessages as m } from './bescheid-messages';

export const bescheidProducer = 'Zuzahlungsbefreiung online (pdf-lib 1.17.1)';

const mm = (millimetres: number) => (millimetres / 25.4) * 72;

/**
 * The insurer's letter about an application as an A4 PDF (docs/rules/bescheid.md): the letterhead, the recipient in
 * the window of a DIN envelope (DIN 5008, form B), the reference block, the subject, then the text of its kind with
 * continuation pages and "Seite x von y". Tagged like the Antrag (ADR 0017), German, no form fields. Nothing here
 * reads the clock: the letter date is an input and is the document's date, so the same letter gives the same bytes.
 */
export const renderBescheidPdf = async (letter: BescheidLetter, fonts: PdfFonts): Promise<Uint8Array> => {
  const { doc, regular, bold, canvas } = await newTaggedPdf(fonts);
  const flow = pageFlow(canvas, noFields, (page, first) =>
    first ? drawLetterhead(canvas, page, letter) : drawContinuationHeader(canvas, page, letter),
  );
  flow.newPage();
  renderBody(flow, letter, m);
  drawFooters(canvas, flow.pages());
  canvas.structure.finish();
  setMetadata(doc, letter);
  const seed = JSON.stringify(letter);
  await nameFontSubset(regular.font, `regular ${seed}`);
  if (bold !== regular) await nameFontSubset(bold.font, `bold ${seed}`);
  return doc.save({ updateFieldAppearances: false });
};

/** The letter has no form fields: what the Antrag's sections would write as fields is only printed. */
const noFields: FieldWriter = { add: () => undefined, count: () => 0 };

type Block = { x: number; top: number; width: number; size: number; weight?: FontWeight; gray?: number };

/**
 * Wrapped lines from `top` (distance from the page's top edge) down; returns where the next line starts. Each line
 * ends in a space, invisible at its end: the tagged text joins the lines of an element as they are, and a screen
 * reader would otherwise read "Sabine VogtPrager Straße 2".
 */
const drawText = (canvas: PdfCanvas, page: PDFPage, text: string, block: Block, mark: Mark): number => {
  const font = canvas.fonts[block.weight ?? 'regular'];
  const step = block.size * 1.3;
  let top = block.top;
  for (const line of wrapText(keepTogether(text), block.width, (s) => font.width(s, block.size))) {
    // Readers box a word from the baseline up by ascent + descent (poppler does): that box starts at `top`.
    const y = pageSize.height - top - (font.ascent + font.descent) * block.size;
    const run = { text: `${line} `, x: block.x, y, size: block.size, weight: block.weight, gray: block.gray };
    canvas.text(page, run, mark);
    top += step;
  }
  return top;
};

/**
 * The first page's head (DIN 5008 form B): the insurer at the top, the return address and the recipient in the
 * envelope window (20 mm from the left, 45 to 90 mm from the top), the reference block from 125 mm, then the
 * subject as the document's heading (H1). Returns where the text starts, in PDF coordinates.
 */
const drawLetterhead = (canvas: PdfCanvas, page: PDFPage, letter: BescheidLetter): number => {
  const { structure } = canvas;
  const paragraph = () => structure.add(structure.root, 'P');
  const width = pageSize.width - 2 * margin;
  const { insurer } = letter;

  const head = paragraph();
  let top = drawText(
    canvas,
    page,
    insurer.name,
    { x: margin, top: margin, width, size: 15, weight: 'bold' },
    head,
  );
  top = drawText(canvas, page, insurer.postalAddress.join(' · '), { x: margin, top, width, size: 8.5 }, head);
  drawText(
    canvas,
    page,
    m.contactLine(insurer.phone, insurer.email),
    { x: margin, top, width, size: 8.5 },
    head,
  );

  const window = { x: mm(25), width: mm(75) };
  drawText(
    canvas,
    page,
    [insurer.name, ...insurer.postalAddress].join(' · '),
    { ...window, top: mm(55), size: 6.5, gray: 0.3 },
    paragraph(),
  );
  const recipient = paragraph();
  top = mm(64);
  for (const line of [letter.recipient.name, ...letter.recipient.addressLines]) {
    top = drawText(canvas, page, line, { ...window, top, size: 10 }, recipient);
  }

  const labelX = mm(125);
  const valueX = labelX + 86;
  const valueWidth = pageSize.width - margin - valueX;
  const date = formatDate(letter.letterDate, 'de');
  let infoTop = mm(50);
  for (const [label, value] of [
    [m.info.date, date],
    [m.info.reference, letter.reference],
    [m.info.kvnr, groupKvnr(letter.applicantKvnr)],
    [m.info.caseworker, letter.caseworkerName],
    [m.info.phone, insurer.phone],
    [m.info.email, insurer.email],
  ] as const) {
    const item = paragraph();
    // The label's baseline on the value's: the smaller type starts lower by the difference in ascent.
    const labelTop = infoTop + canvas.fonts.regular.ascent * (9 - 7.5);
    drawText(canvas, page, label, { x: labelX, top: labelTop, width: 84, size: 7.5, gray: 0.35 }, item);
    infoTop =
      drawText(canvas, page, value, { x: valueX, top: infoTop, width: valueWidth, size: 9 }, item) + 1;
  }

  top = Math.max(mm(98.4), top + 14, infoTop + 14);
  top = drawText(
    canvas,
    page,
    m.subject[letter.decision.kind](letter.year),
    { x: margin, top, width, size: 12, weight: 'bold' },
    structure.add(structure.root, 'H1'),
  );
  if (letter.onBehalfOf) {
    const { name, birthDate } = letter.onBehalfOf;
    top = drawText(
      canvas,
      page,
      m.onBehalfOf(name, formatDate(birthDate, 'de')),
      { x: margin, top, width, size: 11, weight: 'bold' },
      paragraph(),
    );
  }
  return pageSize.height - top - 12;
};

/** A continuation page names the letter it belongs to; read once, so a pagination artifact. */
const drawContinuationHeader = (canvas: PdfCanvas, page: PDFPage, letter: BescheidLetter): number => {
  const text = m.continuation(letter.insurer.name, letter.reference, formatDate(letter.letterDate, 'de'));
  const top = drawText(
    canvas,
    page,
    text,
    { x: margin, top: margin, width: pageSize.width - 2 * margin, size: 8, gray: 0.35 },
    'pagination',
  );
  const y = pageSize.height - top;
  canvas.rule(page, y - 2);
  return y - 8;
};

/** "Seite x von y" on every page, also on a letter of one page: the reader sees that nothing is missing. */
const drawFooters = (canvas: PdfCanvas, pages: readonly PDFPage[]) => {
  const size = 8;
  const { regular } = canvas.fonts;
  const baseline = margin + regular.descent * size + 0.5;
  pages.forEach((page, index) => {
    const text = m.page(index + 1, pages.length);
    const x = pageSize.width - margin - regular.width(text, size);
    canvas.text(page, { text, x, y: baseline, size, gray: 0.35 }, 'pagination');
  });
};

const setMetadata = (doc: PDFDocument, letter: BescheidLetter) => {
  const subject = m.subject[letter.decision.kind](letter.year);
  const title = `${subject} – ${letter.reference}`;
  const language = 'de-DE';
  // The letter's day, midnight UTC: a date, never the time the PDF happened to be made.
  const created = `${letter.letterDate}T00:00:00Z`;
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setAuthor(letter.insurer.name);
  doc.setSubject(`${m.info.reference} ${letter.reference} · ${formatDate(letter.letterDate, 'de')}`);
  doc.setKeywords(['Zuzahlungsbefreiung', '§ 62 SGB V', String(letter.year), letter.reference]);
  doc.setLanguage(language);
  doc.setCreator('Zuzahlungsbefreiung online');
  doc.setProducer(bescheidProducer);
  doc.setCreationDate(new Date(created));
  doc.setModificationDate(new Date(created));
  const xmp = xmpMetadata({
    title,
    language,
    author: letter.insurer.name,
    created,
    producer: bescheidProducer,
  });
  doc.catalog.set(
    PDFName.of('Metadata'),
    doc.context.register(doc.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' })),
  );
};
