import {
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingGrayscaleColor,
  type PDFPage,
} from 'pdf-lib';
import { formatIbanForDisplay } from '../../domain/identifiers/iban';
import { formatMoney } from '../../domain/money/format-money';
import { printedPaymentReference } from '../../domain/vorauszahlung/payment-reference';
import { nameFontSubset } from '../antrag/font-subset-tag';
import { keepTogether } from '../antrag/keep-together';
import { margin, pageSize, type PdfCanvas, type TextRun } from '../antrag/pdf-canvas';
import type { StructElement } from '../antrag/pdf-structure';
import { newTaggedPdf } from '../antrag/tagged-pdf';
import { wrapText } from '../antrag/wrap-text';
import { darkRuns, girocodeMatrix, quietZone } from './girocode';
import { transferPayload, type TransferData } from './transfer-data';
import { transferSlipMessages } from './transfer-slip-messages';

export type TransferSlipInput = {
  data: TransferData;
  language: 'de' | 'en';
  /** DejaVu Sans, as for the Antrag PDF: Node reads the file, the browser fetches the asset. */
  fontBytes: Uint8Array | ArrayBuffer;
};

/** The side of one QR module on the slip: 0.9 mm, well above the 0.4 mm banking apps read from paper. */
export const slipModulePoints = 2.55;

/**
 * The transfer slip of an advance payment: one A4 page with the recipient, IBAN, BIC, amount and payment
 * reference as text, and the GiroCode drawn as filled rectangles from the same matrix as on the screen (vector,
 * sharp at any zoom and print resolution), with its quiet zone and a text alternative. Tagged like the Antrag PDF
 * (ADR 0017). Reads no clock: the same data and font give the same bytes. Throws when the bank data cannot make a
 * GiroCode (the screen says so before anyone asks for the slip).
 */
export const renderTransferSlip = async ({
  data,
  language,
  fontBytes,
}: TransferSlipInput): Promise<Uint8Array> => {
  const payload = transferPayload(data);
  if (!payload.ok) throw new Error(`No GiroCode for this transfer: ${payload.problem.code}`);
  const m = transferSlipMessages[language];
  const { doc, regular, canvas } = await newTaggedPdf({ fontBytes });
  const { structure } = canvas;
  const page = canvas.addPage();
  const width = pageSize.width - 2 * margin;

  let y = pageSize.height - margin;
  const paragraph = (run: Omit<TextRun, 'x' | 'y'>, mark: StructElement, x = margin, maxWidth = width) => {
    y = drawLines(canvas, page, { top: y, x, maxWidth }, run, mark);
  };
  paragraph({ text: m.title(data.year), size: 16, weight: 'bold' }, structure.add(structure.root, 'H1'));
  paragraph(
    { text: `${m.applicationReference} ${data.applicationReference}`, size: 10, gray: 0.3 },
    structure.add(structure.root, 'P'),
  );
  y -= 10;
  paragraph({ text: m.intro, size: 11 }, structure.add(structure.root, 'P'));
  y -= 12;

  // The details as a two-column table: label, value (the value in a larger size, easy to copy by eye).
  const amount = formatMoney(data.amountCents, language);
  const referenceLabel = data.paymentReference.style === 'structured' ? m.reference : m.remittance;
  const rows: [string, string][] = [
    [m.recipient, data.accountHolder],
    [m.iban, formatIbanForDisplay(data.iban)],
    [m.bic, data.bic],
    [m.amount, amount],
    [referenceLabel, printedPaymentReference(data.paymentReference)],
  ];
  const table = structure.add(structure.root, 'Table');
  const labelWidth = 130;
  for (const [label, value] of rows) {
    const row = structure.add(table, 'TR');
    const top = y;
    const labelBottom = drawLines(
      canvas,
      page,
      { top, x: margin, maxWidth: labelWidth - 8 },
      { text: label, size: 11, gray: 0.25 },
      structure.add(row, 'TH'),
    );
    const valueBottom = drawLines(
      canvas,
      page,
      { top, x: margin + labelWidth, maxWidth: width - labelWidth },
      { text: value, size: 13, weight: 'bold' },
      structure.add(row, 'TD'),
    );
    y = Math.min(labelBottom, valueBottom) - 8;
    canvas.rule(page, y + 4, 0.8);
  }
  y -= 16;

  paragraph({ text: m.qrTitle, size: 13, weight: 'bold' }, structure.add(structure.root, 'H2'));
  y -= 6;
  const matrix = girocodeMatrix(payload.value);
  const side = (matrix.size + 2 * quietZone) * slipModulePoints;
  const figure = structure.add(structure.root, 'Figure', { alt: m.qrAlt(data.accountHolder, amount) });
  const left = margin;
  const bottom = y - side;
  const originX = left + quietZone * slipModulePoints;
  const originTop = y - quietZone * slipModulePoints;
  page.pushOperators(
    ...structure.content(page, figure, [
      pushGraphicsState(),
      // The quiet zone is painted white, so a slip printed on tinted paper still has its light margin.
      setFillingGrayscaleColor(1),
      rectangle(left, bottom, side, side),
      fill(),
      setFillingGrayscaleColor(0),
      ...darkRuns(matrix).map((run) =>
        rectangle(
          originX + run.x * slipModulePoints,
          originTop - (run.y + 1) * slipModulePoints,
          run.width * slipModulePoints,
          slipModulePoints,
        ),
      ),
      fill(),
      popGraphicsState(),
    ]),
  );
  // Beside the code: how to scan it, and what to know before paying.
  const textX = left + side + 18;
  const textWidth = pageSize.width - margin - textX;
  for (const text of [
    m.qrHow,
    m.exact(data.paymentReference.style === 'structured'),
    m.start(data.year),
    m.noRefund,
  ]) {
    paragraph({ text, size: 11 }, structure.add(structure.root, 'P'), textX, textWidth);
    y -= 8;
  }

  structure.finish();
  const title = m.title(data.year);
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setSubject(`${m.applicationReference} ${data.applicationReference}`);
  doc.setLanguage(language === 'de' ? 'de-DE' : 'en-GB');
  doc.setCreator('Zuzahlungsbefreiung online');
  doc.setProducer('Zuzahlungsbefreiung online (pdf-lib 1.17.1)');
  await nameFontSubset(regular.font, `transfer-slip ${language} ${payload.value}`);
  return doc.save();
};

/** Wrapped lines from `top` down; returns the new top below the last line. */
const drawLines = (
  canvas: PdfCanvas,
  page: PDFPage,
  box: { top: number; x: number; maxWidth: number },
  run: Omit<TextRun, 'x' | 'y'>,
  mark: StructElement,
): number => {
  const font = canvas.fonts[run.weight ?? 'regular'];
  let top = box.top;
  for (const line of wrapText(keepTogether(run.text), box.maxWidth, (s) => font.width(s, run.size))) {
    const baseline = top - font.ascent * run.size - 1;
    canvas.text(page, { ...run, text: line, x: box.x, y: baseline }, mark);
    top = baseline - font.descent * run.size - 2;
  }
  return top;
};
