import type { PDFPage } from 'pdf-lib';
import type { FieldWriter } from './antrag-fields';
import { keepTogether } from './keep-together';
import { margin, pageSize, type FontWeight, type Mark, type PdfCanvas } from './pdf-canvas';
import type { StructElement } from './pdf-structure';
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
  /** This row heads its table's columns: its cells are tagged TH, the others' TD. */
  head?: boolean;
  /** The column header row, drawn again (as an artifact) at the top of a continuation page. */
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
  /** A section's heading (H2): it opens a new section (Sect) of the structure. */
  heading: (text: string) => void;
  /** A heading inside the section (H3), e.g. a member's name above their incomes. */
  subheading: (text: string, options?: { size?: number }) => void;
  /** A paragraph (P); it ends the table before it. */
  paragraph: (text: string, options?: Omit<Cell, 'text' | 'width'> & { size?: number }) => void;
  /**
   * One table row (TR); consecutive rows form one table (Table) until the next heading or
   * paragraph. `header` is repeated at the top of a continuation page. `fields` are answers that
   * belong to the row but are not printed in a cell of their own (their widget spans the row).
   */
  row: (cells: readonly Cell[], options?: RowOptions) => void;
  lineHeight: (size: number) => number;
};

const padX = 2;
/** Room kept free above the bottom margin for "Seite x von y". */
const footerHeight = 16;
const bottom = margin + footerHeight;

/**
 * The lines of a wrapped text, each line that ended at a space keeping that space (drawn, invisible
 * at the line's end): the tagged text joins a cell's lines as they are, and a screen reader would
 * otherwise read "antragstellendenPerson". A word cut between characters gets no space.
 */
const withBreakSpaces = (text: string, lines: readonly string[]): string[] => {
  let rest = text;
  return lines.map((line, index) => {
    const at = rest.indexOf(line);
    rest = at < 0 ? rest : rest.slice(at + line.length);
    return index < lines.length - 1 && /^[ \n]/.test(rest) ? `${line} ` : line;
  });
};

/**
 * A cursor that lays out lines from top to bottom and starts a continuation page (with the
 * repeated page header and, for tables, the column header) whenever the next line would cross
 * the bottom margin. Every line box is tall enough for the font's ascent and descent, so no
 * glyph reaches past a margin.
 */
export const pageFlow = (
  canvas: PdfCanvas,
  fields: FieldWriter,
  /** Draws the page header, returns where the content starts; `first` is the document's first page. */
  drawHeader: (page: PDFPage, first: boolean) => number,
): PageFlow => {
  const { structure } = canvas;
  const pages: PDFPage[] = [];
  // Where the next content goes in the structure: the current section and, while rows follow
  // each other, their table.
  let section: StructElement = structure.root;
  let table: StructElement | undefined;
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
    top = drawHeader(page, pages.length === 1);
    y = top;
  };

  /** Draws the cells side by side, each wrapped in its width; `marks` says what each cell is in the structure. */
  const drawRow = (
    cells: readonly Cell[],
    { size = 9, header, fields: extra = [] }: RowOptions,
    marks: readonly Mark[],
  ) => {
    const lh = lineHeight(size);
    const { ascent, descent } = canvas.fonts.regular;
    const font = (cell: Cell) => canvas.fonts[cell.weight ?? 'regular'];
    const lines = cells.map((cell) => {
      const text = keepTogether(cell.text);
      return withBreakSpaces(
        text,
        wrapText(text, cell.width - 2 * padX, (s) => font(cell).width(s, size)),
      );
    });
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
          cell.align === 'right' ? x + cell.width - padX - font(cell).width(text.trimEnd(), size) : x + padX;
        const mark = marks[c] ?? 'pagination';
        canvas.text(
          target,
          { text, x: textX, y: baseline, size, weight: cell.weight, gray: cell.gray },
          mark,
        );
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

  // The column header repeated on a continuation page is an artifact: the table has it once.
  const breakPage = (size: number, header?: readonly Cell[]) => {
    newPage();
    if (header)
      drawRow(
        header,
        { size },
        header.map(() => 'pagination'),
      );
  };

  const block = (role: 'H2' | 'H3' | 'P'): StructElement => {
    table = undefined;
    if (role === 'H2') section = structure.add(structure.root, 'Sect');
    return structure.add(section, role);
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
      drawRow([{ text, width, weight: 'bold' }], { size: 11 }, [block('H2')]);
      y -= 2;
    },
    subheading: (text, { size = 9 } = {}) =>
      drawRow([{ text, width, weight: 'bold' }], { size }, [block('H3')]),
    paragraph: (text, { size = 9, ...cell } = {}) =>
      drawRow([{ ...cell, text, width }], { size }, [block('P')]),
    row: (cells, options = {}) => {
      table ??= structure.add(section, 'Table');
      const row = structure.add(table, 'TR');
      const role = options.head === true ? 'TH' : 'TD';
      drawRow(
        cells,
        options,
        cells.map(() => structure.add(row, role)),
      );
    },
    lineHeight,
  };
};
