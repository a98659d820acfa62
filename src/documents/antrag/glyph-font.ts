import { PDFHexString, type PDFFont } from 'pdf-lib';

export type GlyphFont = {
  font: PDFFont;
  /** The glyph ids of `text` in the embedded subset, for the `Tj` operator. */
  encode: (text: string) => PDFHexString;
  /** Width in points at `size`: the sum of the glyphs' advances, exactly what a reader draws. */
  width: (text: string, size: number) => number;
  /** Height above and below the baseline per point of font size. */
  ascent: number;
  descent: number;
};

/**
 * Caches the glyph of every character once. pdf-lib's own drawText and widthOfTextAtSize run
 * fontkit's full shaping for every string (0.3–1 ms each, measured): 400 receipts are thousands
 * of strings, seconds instead of milliseconds. DejaVu Sans needs no shaping for the scripts we
 * print (Latin, Greek, Cyrillic, precomposed after NFC); pdf-lib applies no kerning either, so
 * the widths are the same. The single-character encodeText call still goes through the subset
 * embedder, which adds the glyph (and its ToUnicode entry) to the subset.
 */
export const glyphFont = (font: PDFFont): GlyphFont => {
  const hex = new Map<string, string>();
  const advance = new Map<string, number>();
  const glyphHex = (char: string): string => {
    let code = hex.get(char);
    if (code === undefined) {
      code = font.encodeText(char).asString();
      hex.set(char, code);
    }
    return code;
  };
  const glyphAdvance = (char: string): number => {
    let units = advance.get(char);
    if (units === undefined) {
      units = font.widthOfTextAtSize(char, 1000);
      advance.set(char, units);
    }
    return units;
  };
  const ascent = font.heightAtSize(1, { descender: false });
  return {
    font,
    encode: (text) => {
      let out = '';
      for (const char of text.normalize('NFC')) out += glyphHex(char);
      return PDFHexString.of(out);
    },
    width: (text, size) => {
      let units = 0;
      for (const char of text.normalize('NFC')) units += glyphAdvance(char);
      return (units * size) / 1000;
    },
    ascent,
    descent: font.heightAtSize(1) - ascent,
  };
};
