import {
  TextRenderingMode,
  beginText,
  drawLine,
  endText,
  grayscale,
  popGraphicsState,
  pushGraphicsState,
  setFillingGrayscaleColor,
  setFontAndSize,
  setLineWidth,
  setStrokingGrayscaleColor,
  setTextMatrix,
  setTextRenderingMode,
  showText,
  type PDFDocument,
  type PDFName,
  type PDFPage,
} from 'pdf-lib';
import type { GlyphFont } from './glyph-font';
import type { PdfStructure, StructElement } from './pdf-structure';

/** A4 in points. */
export const pageSize = { width: 595.28, height: 841.89 } as const;
/** 15 mm on every side: nothing is drawn outside (the layout test checks every word's box). */
export const margin = 42.5;

export type FontWeight = 'regular' | 'bold';

export type TextRun = {
  text: string;
  x: number;
  y: number;
  size: number;
  weight?: FontWeight;
  gray?: number;
};

/**
 * What a text run is in the tagged structure (pdf-structure.ts): the content of an element, or an
 * artifact that is drawn but not read (the header repeated on every page, "Seite 2 von 5").
 */
export type Mark = StructElement | 'pagination';

export type PdfCanvas = {
  fonts: Record<FontWeight, GlyphFont>;
  structure: PdfStructure;
  addPage: () => PDFPage;
  /** Draws one line with its baseline at y; the caller has measured and wrapped it. */
  text: (page: PDFPage, run: TextRun, mark: Mark) => void;
  /** A horizontal line between the margins: decoration, an artifact. */
  rule: (page: PDFPage, y: number, gray?: number) => void;
};

export const pdfCanvas = (
  doc: PDFDocument,
  fonts: Record<FontWeight, GlyphFont>,
  structure: PdfStructure,
): PdfCanvas => {
  const keys = new Map<PDFPage, Record<FontWeight, PDFName>>();
  const syntheticBold = fonts.bold === fonts.regular;
  const keysOf = (page: PDFPage): Record<FontWeight, PDFName> => {
    let pageKeys = keys.get(page);
    if (!pageKeys) {
      const key = (weight: FontWeight) =>
        page.node.newFontDictionary(fonts[weight].font.name, fonts[weight].font.ref);
      const regular = key('regular');
      pageKeys = { regular, bold: fonts.bold === fonts.regular ? regular : key('bold') };
      keys.set(page, pageKeys);
    }
    return pageKeys;
  };
  return {
    fonts,
    structure,
    addPage: () => doc.addPage([pageSize.width, pageSize.height]),
    text: (page, { text, x, y, size, weight = 'regular', gray = 0 }, mark) => {
      if (text === '') return;
      // Without a bold font, bold is the regular glyphs filled and outlined (Tr 2): no second
      // 700 KB font to fetch and subset; the outline adds 0.03 em, which the widths allow for.
      const synthetic = weight === 'bold' && syntheticBold;
      // q … Q: the rendering mode and line width belong to the graphics state and would leak.
      const operators = [
        ...(synthetic ? [pushGraphicsState()] : []),
        beginText(),
        setFontAndSize(keysOf(page)[weight], size),
        setFillingGrayscaleColor(gray),
        ...(synthetic
          ? [
              setTextRenderingMode(TextRenderingMode.FillAndOutline),
              setStrokingGrayscaleColor(gray),
              setLineWidth(size * 0.03),
            ]
          : []),
        setTextMatrix(1, 0, 0, 1, x, y),
        showText(fonts[weight].encode(text)),
        endText(),
        ...(synthetic ? [popGraphicsState()] : []),
      ];
      page.pushOperators(
        ...(mark === 'pagination'
          ? structure.artifact(operators, 'Pagination')
          : structure.content(page, mark, operators)),
      );
    },
    rule: (page, y, gray = 0.6) =>
      page.pushOperators(
        ...structure.artifact([
          pushGraphicsState(),
          ...drawLine({
            start: { x: margin, y },
            end: { x: pageSize.width - margin, y },
            thickness: 0.5,
            color: grayscale(gray),
          }),
          popGraphicsState(),
        ]),
      ),
  };
};
