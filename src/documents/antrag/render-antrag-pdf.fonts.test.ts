import { beforeAll, describe, expect, it } from 'vitest';
import { buildAntragContent } from './antrag-content.test-support';
import { coupleWithChildren } from './antrag-households.test-support';
import { exampleContent } from './example-application.test-support';
import { pdfFonts, pdfRawText, renderToFile, requireTools } from './pdf-tools.test-support';

// The fonts are embedded as subsets that readers recognise as subsets: "ABCDEF+DejaVuSans"
// (ISO 32000-1 § 9.6.4). pdf-lib's own name ("DejaVuSans-1234") leaves pdffonts' "sub" column at
// "no". Subsetting must not lose a character we print.

const printed = 'ä ö ü Ä Ö Ü ß € § – „Zitat“ ‚halb‘ Müller’s';

// Rendering plus external tools take seconds on two shared cores: a generous limit, never a time assertion.
describe('renderAntragPdf: embedded font subsets', { timeout: 60_000 }, () => {
  beforeAll(() => requireTools('pdffonts', 'pdftotext'));

  it('embeds both weights as Unicode subsets with a six-letter tag', async () => {
    const { path } = await renderToFile(exampleContent('de'));
    const fonts = pdfFonts(path);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, ''))).toEqual([
      'DejaVuSans',
      'DejaVuSans-Bold',
    ]);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+DejaVuSans/);
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
    expect(new Set(fonts.map((font) => font.name.slice(0, 6))).size).toBe(2);
  });

  it('tags the subsets of different content differently', async () => {
    const tags = async (language: 'de' | 'en') =>
      pdfFonts((await renderToFile(exampleContent(language))).path).map((font) => font.name);
    const [de, en] = [await tags('de'), await tags('en')];
    expect(de[0]).not.toBe(en[0]);
  });

  it('keeps every character we print: umlauts, ß, €, §, dashes, German quotes', async () => {
    const content = buildAntragContent(coupleWithChildren());
    const withCharacters = {
      ...content,
      receipts: content.receipts.map((receipt, index) =>
        index === 0
          ? { ...receipt, provider: printed, description: `1.234,56\u00a0€ und §\u00a062` }
          : receipt,
      ),
    };
    const text = pdfRawText((await renderToFile(withCharacters)).path);
    for (const word of printed.split(' ')) expect(text).toContain(word);
    // The no-break space shares the space's glyph in DejaVu Sans, so it extracts as a space.
    expect(text).toMatch(/1\.234,56[ \u00a0]€ und §[ \u00a0]62/);
  });
});
