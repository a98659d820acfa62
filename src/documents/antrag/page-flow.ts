import type { PDFPage } from 'pdf-lib';
import type { FieldWriter } from './antrag-fields';
import { margin, pageSize, type FontWeight, type PdfCanvas } from './pdf-canvas';
import { wrapText } from './wrap-text';

export type Cell = {
  text: string;
  width: number;
  /** AcroForm field name for this value (antrag-fields.ts); the widget sits on the first line. */
  field?: string;
  /** The field's value when it differs from the printed text (a bare "ja" beside its label). */
  fieldValue?: string;
  align?: 'left' | 'right';
  weight?: FontWeight;
  gray?: number;
};

export type RowOptions = {
  size?: number;
  header?: readonly Cell[];
  fields?: readonly { name: string; value: string }[];
};

export type PageFlow = {
  /** The printable width between the margins. */
  width: number;
  pages: () => readonly PDFPage[];
  newPage: () => void;
  gap: (height: number) => void;
  /** Starts a new page unless `height` still fits on this one. */
  keep: (height: number) => void;
  heading: (text: string) => void;
  paragraph: (text: string, options?: Omit<Cell, 'text' | 'width'> & { size?: number }) => void;
  /**
   * One table row; `header` is repeated at the top of a continuation page. `fields` are answers
   * that belong to the row but are not printed in a cell of their own (their widget spans the row).
   */
  row: (cells: readonly Cell[], options?: RowOptions) => void;
  lineHeight: (size: number) => number;
};

const padX = 2;
/** Room kept free above the bottom margin for "Seite x von y". */
const footerHeight = 16;
const bottom = margin + footerHeight;

/**
 * A cursor that lays out lines from top to bottom and starts a continuation page (with the
 * repeated page header and, for tables, the column header) whenever the next line would cross
 * the bottom margin. Every line box is tall enough for the font's ascent and descent, so no
 * glyph reaches past a margin.
 */
export const pageFlow = (
  canvas: PdfCanvas,
  fields: FieldWriter,
  drawHeader: (page: PDFPage) => number,
): PageFlow => {
  const pages: PDFPage[] = [];
  let page: PDFPage | undefined;
  let y = 0;
  let top = 0;
  const lineHeight = (size: number) => size * 1.35;
  const width = pageSize.width - 2 * margin;

  const current = (): PDFPage => {
    if (!page) newPage();
    return page as PDFPage;
  };
  const newPage = () => {
    page = canvas.addPage();
    pages.push(page);
    top = drawHeader(page);
    y = top;
  };

  const drawRow = (cells: readonly Cell[], { size = 9, header, fields: extra = [] }: RowOptions) => {
    const lh = lineHeight(size);
    const { ascent, descent } = canvas.fonts.regular;
    const font = (cell: Cell) => canvas.fonts[cell.weight ?? 'regular'];
    const lines = cells.map((cell) =>
      wrapText(cell.text, cell.width - 2 * padX, (s) => font(cell).width(s, size)),
    );
    const count = Math.max(1, ...lines.map((l) => l.length));
    const fitsOnFreshPage = count * lh <= pageSize.height - margin - bottom - 80;
    if (y - count * lh < bottom && y < top && fitsOnFreshPage) breakPage(size, header);
    for (let i = 0; i < count; i += 1) {
      if (y - lh < bottom) breakPage(size, header);
      const target = current();
      if (i === 0) {
        const rect = { x: margin, y: y - lh, width, height: lh };
        for (const field of extra) fields.add(field.name, field.value, target, rect);
      }
      const baseline = y - (lh - (ascent + descent) * size) / 2 - ascent * size;
      let x = margin;
      cells.forEach((cell, c) => {
        const text = lines[c]?.[i] ?? '';
        const textX =
          cell.align === 'right' ? x + cell.width - padX - font(cell).width(text, size) : x + padX;
        canvas.text(target, { text, x: textX, y: baseline, size, weight: cell.weight, gray: cell.gray });
        if (i === 0 && cell.field) {
          fields.add(cell.field, cell.fieldValue ?? cell.text, target, {
            x,
            y: y - lh,
            width: cell.width,
            height: lh,
          });
        }
        x += cell.width;
      });
      y -= lh;
    }
  };

  const breakPage = (size: number, header?: readonly Cell[]) => {
    newPage();
    if (header) drawRow(header, { size });
  };

  return {
    width,
    pages: () => pages,
    newPage,
    gap: (height) => {
      current();
      y = Math.max(bottom, y - height);
    },
    keep: (height) => {
      current();
      if (y - height < bottom && y < top) newPage();
    },
    heading: (text) => {
      current();
      if (y < top) y -= 8;
      if (y - 70 < bottom && y < top) newPage();
      drawRow([{ text, width, weight: 'bold' }], { size: 11 });
      y -= 2;
    },
    paragraph: (text, { size = 9, ...cell } = {}) => drawRow([{ ...cell, text, width }], { size }),
    row: (cells, options = {}) => drawRow(cells, options),
    lineHeight,
  };
};
