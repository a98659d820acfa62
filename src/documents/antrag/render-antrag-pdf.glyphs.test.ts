import { beforeAll, describe, expect, it } from 'vitest';
import { buildAntragContent } from './antrag-content.test-support';
import { coupleWithChildren, unicodeName } from './antrag-households.test-support';
import {
  darkPixels,
  dejaVuSans,
  firstPageGray,
  mutoolDrawWarnings,
  pdfText,
  pdfWords,
  renderToFile,
  requireTools,
} from './pdf-tools.test-support';

// shared/design/toolchain.md, "Blank glyphs, all checks green": a broken font subset extracts as
// text, passes pdffonts and qpdf, and still draws nothing. Only rasterising shows it, so this test
// looks at pixels where the applicant's name is drawn.

/**
 * The same font with every glyph outline removed (all 'loca' offsets 0 = empty glyphs) but its
 * cmap and advance widths intact: exactly the failure mode of the bug. Used as the negative
 * control: the pixel check below must call it blank.
 */
const withoutOutlines = (ttf: Uint8Array): Uint8Array => {
  const font = new Uint8Array(ttf);
  const view = new DataView(font.buffer);
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i += 1) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    if (tag === 'loca')
      font.fill(0, view.getUint32(record + 8), view.getUint32(record + 8) + view.getUint32(record + 12));
  }
  return font;
};

/** Dark pixels inside the boxes of the name's words on page 1 (the "Name" row of section 1). */
const inkOfApplicantName = (path: string): { words: number; ink: number } => {
  const page = pdfWords(path)[0]!;
  const first = unicodeName.split(' ')[0]!;
  const start = page.words.findIndex((w) => w.text === first);
  const boxes = page.words.slice(start, start + 3);
  expect(boxes.map((w) => w.text).join(' ')).toBe(unicodeName);
  const image = firstPageGray(path);
  return { words: boxes.length, ink: boxes.reduce((sum, box) => sum + darkPixels(image, box), 0) };
};

// At 72 dpi 9-pt DejaVu Sans strokes are about one pixel wide: the 24 letters of the name leave
// well over a hundred dark pixels; blank glyphs leave none.
const minimumInk = 60;

// Rendering plus external tools take seconds on two shared cores: a generous limit, never a time assertion.
describe('renderAntragPdf: the glyphs are really drawn', { timeout: 30_000 }, () => {
  beforeAll(() => requireTools('pdftotext', 'pdftoppm', 'mutool'));

  it('mupdf draws every page without a glyph or font complaint', async () => {
    const { path } = await renderToFile(buildAntragContent(coupleWithChildren()));
    // "ICC support is not available" is about Debian's mupdf build, not about this file.
    expect(mutoolDrawWarnings(path).filter((line) => /glyph|font/i.test(line))).toEqual([]);
  });

  it('the applicant’s name leaves ink on the rasterised first page', async () => {
    const { path } = await renderToFile(buildAntragContent(coupleWithChildren()));
    expect(inkOfApplicantName(path).ink).toBeGreaterThan(minimumInk);
  });

  it('the same check calls a font without outlines blank, though its text still extracts', async () => {
    const blank = withoutOutlines(dejaVuSans);
    const { path } = await renderToFile(buildAntragContent(coupleWithChildren()), {
      fontBytes: blank,
      boldFontBytes: blank,
    });
    expect(pdfText(path)).toContain(unicodeName);
    expect(inkOfApplicantName(path).ink).toBeLessThan(minimumInk);
  });
});
