import { PDFArray, PDFDict, PDFName, type PDFFont } from 'pdf-lib';

/**
 * The six capital letters that name an embedded font subset ("ABCDEF+DejaVuSans", ISO 32000-1
 * § 9.6.4): readers and checkers (pdffonts' "sub" column, PDF/UA validators) only know a font is
 * a subset by this tag, and two different subsets in one file must not share a name. Derived
 * from `seed` (the document's content and the font's weight) instead of chance, so the same
 * content still gives the same bytes.
 */
export const fontSubsetTag = (seed: string): string => {
  // FNV-1a, 32 bits: enough to tell the subsets of one document apart; nothing secret here.
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let tag = '';
  for (let i = 0; i < 6; i += 1) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26) ^ Math.imul(hash, 31 + i);
    hash >>>= 0;
  }
  return tag;
};

/**
 * Embeds `font` now and names its subset "TAG+PostScriptName" in the Type0 font, its CID font and
 * its descriptor. pdf-lib names a subset "DejaVuSans-1234", which no reader recognises as a subset.
 * Call it after the last text has been encoded (field appearances included): a later
 * encodeText would embed the font again under pdf-lib's own name.
 */
export const nameFontSubset = async (font: PDFFont, seed: string): Promise<void> => {
  await font.embed();
  const name = PDFName.of(`${fontSubsetTag(seed)}+${font.name}`);
  const { context } = font.doc;
  const type0 = context.lookup(font.ref, PDFDict);
  type0.set(PDFName.of('BaseFont'), name);
  const cidFont = type0.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
  cidFont.set(PDFName.of('BaseFont'), name);
  cidFont.lookup(PDFName.of('FontDescriptor'), PDFDict).set(PDFName.of('FontName'), name);
};
