import type { PDFDocument } from 'pdf-lib';
import {
  PDFName,
  drawLine,
  drawRectangle,
  degrees,
  grayscale,
  popGraphicsState,
  pushGraphicsState,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import type { AntragLanguage } from '../antrag/antrag-content';
import { formatDate } from '../antrag/antrag-format';
import { nameFontSubset } from '../antrag/font-subset-tag';
import { keepTogether } from '../antrag/keep-together';
import type { FontWeight, PdfCanvas } from '../antrag/pdf-canvas';
import type { StructElement, StructureRole } from '../antrag/pdf-structure';
import { wrapText } from '../antrag/wrap-text';
import { newTaggedPdf } from '../antrag/tagged-pdf';
import { xmpMetadata } from '../antrag/xmp-metadata';
import { cardSize, fullName, groupKvnr, isCardValid, type AusweisCard } from './ausweis-card';
import { ausweisMessages, type AusweisMessages } from './ausweis-messages';

export type AusweisFonts = {
  /** DejaVu Sans, as for the Antrag: Node reads the file, the browser fetches the asset. */
  fontBytes: Uint8Array | ArrayBuffer;
  boldFontBytes?: Uint8Array | ArrayBuffer;
};

/** card: one card per page, each page the size of the card. sheet: A4 portrait, cards in card size with cut marks. */
export type AusweisLayout = 'card' | 'sheet';

export type AusweisRequest = {
  cards: readonly AusweisCard[];
  language: AntragLanguage;
  layout: AusweisLayout;
  /** When the document is made (ISO 8601): its creation date. Passed in, so the same request gives the same bytes. */
  createdAt: string;
};

export const ausweisProducer = 'Zuzahlungsbefreiung online (pdf-lib 1.17.1)';

/** A4 portrait in points. */
export const sheetSize = { width: 595.28, height: 841.89 } as const;
const sheet = { columns: 2, rows: 4, gapX: 28, gapY: 24, top: 96, margin: 42.5 } as const;
const cardsPerSheet = sheet.columns * sheet.rows;
/** Cut marks start this far from the card's edge and are this long: they stay inside half a gap. */
const mark = { offset: 2, length: 9 } as const;

const pad = 8.5; // 3 mm
const innerWidth = cardSize.width - 2 * pad;

/**
 * The exemption cards (Befreiungsausweise) as a PDF: each card the size of a health insurance card, either one per
 * page or eight to an A4 sheet with cut marks. A card that no longer holds says so in its header band and its
 * footer, and is drawn without the black band of a valid card. Tagged like the Antrag (ADR 0017): every card a
 * section with its heading and paragraphs, frames and marks artifacts. Nothing here reads the clock.
 */
export const renderAusweisPdf = async (request: AusweisRequest, fonts: AusweisFonts): Promise<Uint8Array> => {
  if (request.cards.length === 0) throw new Error('No exemption card to print');
  const { doc, regular, bold, canvas } = await newTaggedPdf(fonts);
  const m = ausweisMessages[request.language];
  const { structure } = canvas;

  if (request.layout === 'card') {
    for (const card of request.cards) {
      const page = doc.addPage([cardSize.width, cardSize.height]);
      drawCard(
        canvas,
        page,
        { x: 0, y: 0 },
        card,
        m,
        request.language,
        structure.add(structure.root, 'Sect'),
        'H1',
      );
    }
  } else {
    request.cards.forEach((card, index) => {
      const slot = index % cardsPerSheet;
      if (slot === 0) {
        const page = doc.addPage([sheetSize.width, sheetSize.height]);
        drawSheetHeader(canvas, page, m, index === 0);
      }
      const page = doc.getPage(doc.getPageCount() - 1);
      const column = slot % sheet.columns;
      const row = Math.floor(slot / sheet.columns);
      const left = (sheetSize.width - sheet.columns * cardSize.width - (sheet.columns - 1) * sheet.gapX) / 2;
      const origin = {
        x: left + column * (cardSize.width + sheet.gapX),
        y: sheetSize.height - sheet.top - (row + 1) * cardSize.height - row * sheet.gapY,
      };
      drawCutMarks(canvas, page, origin);
      drawCard(canvas, page, origin, card, m, request.language, structure.add(structure.root, 'Sect'), 'H2');
    });
  }

  structure.finish();
  setMetadata(doc, request, m);
  const seed = JSON.stringify(request);
  await nameFontSubset(regular.font, `regular ${seed}`);
  if (bold !== regular) await nameFontSubset(bold.font, `bold ${seed}`);
  // No form fields: nothing for save() to regenerate (and no Helvetica to embed).
  return doc.save({ updateFieldAppearances: false });
};

type Point = { x: number; y: number };

const artifact = (canvas: PdfCanvas, page: PDFPage, operators: PDFOperator[]) =>
  page.pushOperators(...canvas.structure.artifact([pushGraphicsState(), ...operators, popGraphicsState()]));

const rectangle = (
  box: { x: number; y: number; width: number; height: number },
  style: { fill?: number; border?: number; borderWidth?: number; dash?: number[] },
): PDFOperator[] =>
  drawRectangle({
    ...box,
    color: style.fill === undefined ? undefined : grayscale(style.fill),
    borderColor: style.border === undefined ? undefined : grayscale(style.border),
    borderWidth: style.borderWidth ?? 0,
    borderDashArray: style.dash,
    rotate: degrees(0),
    xSkew: degrees(0),
    ySkew: degrees(0),
  });

/** The largest size from `size` down to `min` at which `text` fits `width`; at `min` it wraps. */
const fitted = (
  canvas: PdfCanvas,
  text: string,
  width: number,
  size: number,
  min: number,
  weight: FontWeight = 'regular',
): { size: number; lines: string[] } => {
  const font = canvas.fonts[weight];
  let current = size;
  while (current > min && font.width(text, current) > width) current = Math.max(min, current - 0.25);
  return { size: current, lines: wrapText(text, width, (s) => font.width(s, current)) };
};

const drawCard = (
  canvas: PdfCanvas,
  page: PDFPage,
  origin: Point,
  card: AusweisCard,
  m: AusweisMessages,
  language: AntragLanguage,
  section: StructElement,
  headingRole: StructureRole,
) => {
  const { structure } = canvas;
  const valid = isCardValid(card);
  const date = (iso: string) => formatDate(iso, language);
  // t: distance from the card's top edge to a baseline.
  const y = (t: number) => origin.y + cardSize.height - t;
  const x = (offset: number) => origin.x + pad + offset;
  const band = 30;

  // Frame and header band: decoration. A valid card has a black band with white type; an invalid one a white band
  // in a heavy frame and a dashed card edge, so that it can never pass for a valid card at a glance.
  artifact(canvas, page, [
    ...rectangle(
      { x: origin.x + 0.5, y: origin.y + 0.5, width: cardSize.width - 1, height: cardSize.height - 1 },
      { border: valid ? 0.55 : 0, borderWidth: valid ? 0.5 : 1, dash: valid ? undefined : [4, 3] },
    ),
    ...rectangle(
      { x: origin.x + 1, y: y(band), width: cardSize.width - 2, height: band - 1 },
      valid ? { fill: 0 } : { fill: 1, border: 0, borderWidth: 2 },
    ),
  ]);
  const ink = valid ? 1 : 0;

  const heading = structure.add(section, headingRole);
  const title = fitted(canvas, m.title, innerWidth, 11, 8, 'bold');
  canvas.text(
    page,
    { text: title.lines.join(' '), x: x(0), y: y(13), size: title.size, weight: 'bold', gray: ink },
    heading,
  );
  const second = valid ? m.subtitle : card.endedOn ? m.invalidSince(date(card.endedOn)) : m.invalid;
  const sub = fitted(canvas, keepTogether(second), innerWidth, 7.5, 5.5, valid ? 'regular' : 'bold');
  canvas.text(
    page,
    {
      text: sub.lines.join(' '),
      x: x(0),
      y: y(25),
      size: sub.size,
      weight: valid ? 'regular' : 'bold',
      gray: ink,
    },
    heading,
  );

  const paragraph = () => structure.add(section, 'P');
  const name = fitted(canvas, fullName(card), innerWidth, 12, 7, 'bold');
  const nameElement = paragraph();
  name.lines.slice(0, 2).forEach((line, index) => {
    const baseline = name.lines.length > 1 ? 42 + index * (name.size + 1) : 46;
    canvas.text(page, { text: line, x: x(0), y: y(baseline), size: name.size, weight: 'bold' }, nameElement);
  });

  const column = innerWidth * 0.52;
  const field = (label: string, value: string, left: number, width: number, top: number) => {
    const element = paragraph();
    const labelFit = fitted(canvas, label, width - 4, 6, 4.5);
    canvas.text(
      page,
      { text: labelFit.lines.join(' '), x: x(left), y: y(top), size: labelFit.size, gray: 0.2 },
      element,
    );
    const valueFit = fitted(canvas, value, width - 4, 9.5, 6, 'bold');
    canvas.text(
      page,
      { text: valueFit.lines.join(' '), x: x(left), y: y(top + 11), size: valueFit.size, weight: 'bold' },
      element,
    );
  };
  field(m.kvnr, groupKvnr(card.kvnr), 0, column, 58);
  field(m.birthDate, date(card.birthDate), column, innerWidth - column, 58);
  field(m.valid, m.validRange(date(card.gueltigAb), date(card.gueltigBis)), 0, innerWidth, 80);
  field(m.insurer, card.insurerName, 0, column, 102);
  field(m.cardNumber, card.cardNumber, column, innerWidth - column, 102);

  // The footer: what the card covers and until when, or that it no longer holds.
  const note = keepTogether(
    valid ? m.scope(date(card.gueltigBis)) : card.endedOn ? m.endedOn(date(card.endedOn)) : m.notValid,
  );
  const bottom = cardSize.height - pad + 1;
  let size = valid ? 5.4 : 7;
  let lines = wrapText(note, innerWidth, (s) => canvas.fonts.regular.width(s, size));
  while (size > 4 && 123 + (lines.length - 1) * (size + 1.1) > bottom) {
    size -= 0.2;
    lines = wrapText(note, innerWidth, (s) => canvas.fonts.regular.width(s, size));
  }
  const footer = paragraph();
  lines.forEach((line, index) =>
    canvas.text(
      page,
      { text: line, x: x(0), y: y(123 + index * (size + 1.1)), size, weight: valid ? 'regular' : 'bold' },
      footer,
    ),
  );
};

const drawCutMarks = (canvas: PdfCanvas, page: PDFPage, origin: Point) => {
  const line = (from: Point, to: Point) =>
    drawLine({ start: from, end: to, thickness: 0.5, color: grayscale(0) });
  const operators: PDFOperator[] = [];
  for (const cornerX of [origin.x, origin.x + cardSize.width]) {
    for (const cornerY of [origin.y, origin.y + cardSize.height]) {
      const outX = cornerX === origin.x ? -1 : 1;
      const outY = cornerY === origin.y ? -1 : 1;
      // Along each edge's line, outside the card: a horizontal mark beside the corner and a vertical one above or below.
      operators.push(
        ...line(
          { x: cornerX + outX * mark.offset, y: cornerY },
          { x: cornerX + outX * (mark.offset + mark.length), y: cornerY },
        ),
        ...line(
          { x: cornerX, y: cornerY + outY * mark.offset },
          { x: cornerX, y: cornerY + outY * (mark.offset + mark.length) },
        ),
      );
    }
  }
  artifact(canvas, page, operators);
};

const drawSheetHeader = (canvas: PdfCanvas, page: PDFPage, m: AusweisMessages, first: boolean) => {
  const { structure } = canvas;
  const role = (r: 'H1' | 'P') => (first ? structure.add(structure.root, r) : 'pagination');
  const top = sheetSize.height - sheet.margin;
  canvas.text(
    page,
    { text: m.sheetTitle, x: sheet.margin, y: top - 12, size: 14, weight: 'bold' },
    role('H1'),
  );
  const hint = role('P');
  wrapText(keepTogether(m.sheetHint), sheetSize.width - 2 * sheet.margin, (s) =>
    canvas.fonts.regular.width(s, 9),
  ).forEach((line, index) =>
    canvas.text(page, { text: line, x: sheet.margin, y: top - 30 - index * 12, size: 9 }, hint),
  );
};

const setMetadata = (doc: PDFDocument, request: AusweisRequest, m: AusweisMessages) => {
  const years = [...new Set(request.cards.map((card) => card.gueltigAb.slice(0, 4)))].join(', ');
  const single = request.cards.length === 1 ? request.cards[0] : undefined;
  const title = single
    ? `${m.documentTitle(years)} – ${fullName(single)}`
    : `${m.documentTitlePlural(years)} – ${[...new Set(request.cards.map(fullName))].join(', ')}`;
  const author = request.cards[0]?.insurerName ?? '';
  const language = request.language === 'de' ? 'de-DE' : 'en-GB';
  const created = new Date(request.createdAt);
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setAuthor(author);
  doc.setSubject(
    `${m.title} · ${m.subtitle} · ${[...new Set(request.cards.map((c) => c.cardNumber))].join(', ')}`,
  );
  doc.setKeywords(['Befreiungsausweis', 'Zuzahlungsbefreiung', '§ 62 SGB V', years]);
  doc.setLanguage(language);
  doc.setCreator('Zuzahlungsbefreiung online');
  doc.setProducer(ausweisProducer);
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  doc.catalog.set(
    PDFName.of('Metadata'),
    doc.context.register(
      doc.context.stream(
        xmpMetadata({ title, language, author, created: request.createdAt, producer: ausweisProducer }),
        { Type: 'Metadata', Subtype: 'XML' },
      ),
    ),
  );
};
