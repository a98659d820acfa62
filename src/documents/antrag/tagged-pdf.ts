import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { glyphFont, type GlyphFont } from './glyph-font';
import { pdfCanvas, type PdfCanvas } from './pdf-canvas';
import { pdfStructure } from './pdf-structure';

export type PdfFonts = {
  /** A Unicode TrueType font (DejaVu Sans): Node reads the file, the browser fetches the asset. */
  fontBytes: Uint8Array | ArrayBuffer;
  /** Without it, bold text is set in the regular face. */
  boldFontBytes?: Uint8Array | ArrayBuffer;
};

/**
 * A new tagged PDF (ADR 0017) for every document the app makes — the Antrag, the exemption cards, the transfer
 * slip: the fonts embedded as subsets, and a canvas that marks what it draws in the structure tree. The clock is
 * never read: `updateMetadata: false`, or pdf-lib stamps its time as creation and modification date.
 */
export async function newTaggedPdf(
  fonts: PdfFonts,
): Promise<{ doc: PDFDocument; regular: GlyphFont; bold: GlyphFont; canvas: PdfCanvas }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const regular = glyphFont(await doc.embedFont(fonts.fontBytes, { subset: true }));
  const bold = fonts.boldFontBytes
    ? glyphFont(await doc.embedFont(fonts.boldFontBytes, { subset: true }))
    : regular;
  return { doc, regular, bold, canvas: pdfCanvas(doc, { regular, bold }, pdfStructure(doc)) };
}
