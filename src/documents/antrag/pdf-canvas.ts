import {
  TextRenderingMode,
  beginText,
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

export type PdfCanvas = {
  fonts: Record<FontWeight, GlyphFont>;
  addPage: () => PDFPage;
  /** Draws one line with its baseline at y; the caller has measured and wrapped it. */
  text: (page: PDFPage, run: TextRun) => void;
  rule: (page: PDFPage, y: number, gray?: number) => void;
};

export const pdfCanvas = (doc: PDFDocument, fonts: Record<FontWeight, GlyphFont>): PdfCanvas => {
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
    addPage: () => doc.addPage([pageSize.width, pageSize.height]),
    text: (page, { text, x, y, size, weight = 'regular', gray = 0 }) => {
      if (text === '') return;
      // Without a bold font, bold is the regular glyphs filled and outlined (Tr 2): no second
      // 700 KB font to fetch and subset; the outline adds 0.03 em, which the widths allow for.
      const synthetic = weight === 'bold' && syntheticBold;
      // q … Q: the rendering mode and line width belong to the graphics state and would leak.
      page.pushOperators(
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
      );
    },
    rule: (page, y, gray = 0.6) =>
      page.drawLine({
        start: { x: margin, y },
        end: { x: pageSize.width - margin, y },
        thickness: 0.5,
        color: grayscale(gray),
      }),
  };
};
