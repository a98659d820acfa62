import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFStream,
  decodePDFRawStream,
  type PDFPage,
} from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleContent } from './example-application.test-support';
import { pdfInfo, pdfText, renderToFile, requireTools } from './pdf-tools.test-support';

// The Antrag PDF is tagged (PDF/UA, ADR 0017): a structure tree with headings, paragraphs and
// tables in reading order, every text run marked content, decoration as artifacts. poppler's
// `pdfinfo -struct-text` walks the tree and prints each element's text: the whole document
// must be there, in order, not just a /MarkInfo flag.

/** The quoted strings of `pdfinfo -struct-text`, in tree order. */
const structStrings = (output: string): string[] =>
  output
    .split('\n')
    .map((line) => /^\s*"(.*)"$/.exec(line)?.[1])
    .filter((text): text is string => text !== undefined);

const letters = (text: string) => text.replace(/\s/g, '').length;

const contentTokens = (page: PDFPage): string[] => {
  const contents = page.node.Contents();
  const streams =
    contents instanceof PDFArray
      ? contents.asArray().map((ref) => page.doc.context.lookup(ref, PDFStream))
      : [contents];
  return streams
    .map((stream) =>
      stream instanceof PDFRawStream
        ? new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode())
        : '',
    )
    .join('\n')
    .split(/\s+/);
};

// Rendering plus external tools take seconds on two shared cores: a generous limit, never a time assertion.
describe('renderAntragPdf: a tagged PDF', { timeout: 60_000 }, () => {
  let path = '';
  let bytes: Uint8Array = new Uint8Array();
  let struct = '';
  beforeAll(async () => {
    requireTools('pdfinfo', 'pdftotext');
    ({ path, bytes } = await renderToFile(exampleContent('de')));
    struct = pdfInfo(path, '-struct-text');
  }, 60_000);

  it('pdfinfo says Tagged: yes', () => {
    expect(pdfInfo(path)).toMatch(/^Tagged:\s+yes$/m);
  });

  it('has the title as H1, then every section heading as H2, in reading order', () => {
    const headings = [...struct.matchAll(/^\s*(H[123]) \(block\)\n\s*"(.*)"$/gm)].map((m) =>
      `${m[1]} ${m[2]}`.replace(/\u00a0/g, ' '),
    );
    expect(headings.filter((h) => h.startsWith('H1 ') || h.startsWith('H2 '))).toEqual([
      'H1 Antrag auf Befreiung von Zuzahlungen (§ 62 SGB V)',
      'H2 1. Antragstellende Person',
      'H2 2. Haushalt: wer zählt und warum',
      'H2 3. Sozialleistungen',
      'H2 4. Einnahmen zum Lebensunterhalt',
      'H2 5. Schwerwiegende chronische Erkrankung',
      'H2 6. Zuzahlungsbelege',
      'H2 7. Berechnung der Belastungsgrenze',
      'H2 8. Erklärungen',
      'H2 9. Übermittlung',
      'H2 Anlagen',
    ]);
    expect(headings).toContain('H3 Maria Ørsted-Nguyễn');
  });

  it('puts the receipts in a table: column heads as TH, each value in its TD, in order', () => {
    const receipts = struct.slice(struct.indexOf('"6. Zuzahlungsbelege"'), struct.indexOf('"7. Berechnung'));
    expect(receipts).toMatch(/Table \(block\)\n\s+TR\n\s+TH:\n\s+\/Scope \/Column\n\s+"Nr\."/);
    const firstRow = structStrings(receipts.slice(receipts.indexOf('"Betrag"')));
    expect(firstRow.slice(1, 8)).toEqual([
      '1',
      '01.01.2026',
      // A wrapped cell's lines: the first keeps the space it broke at, so they join as words.
      'Maria ',
      'Ørsted-Nguyễn',
      'Arzneimittel',
      'Apotheke am Markt',
      'ja',
    ]);
  });

  it('holds the whole text once: about what pdftotext reads, less the repeated headers and footers', () => {
    const tagged = structStrings(struct).join('\n');
    const all = pdfText(path);
    const pages = all.split('\f').filter((page) => page.trim() !== '').length;
    expect(pages).toBeGreaterThan(3);
    // The page footers and the header repeated on continuation pages are artifacts.
    expect(tagged).not.toContain('Seite 1 von');
    expect(tagged.split('Antrag auf Befreiung von Zuzahlungen').length - 1).toBe(1);
    expect(letters(tagged)).toBeGreaterThan(letters(all) * 0.9);
    expect(letters(tagged)).toBeLessThan(letters(all));
    for (const text of ['Ich versichere, dass meine Angaben', 'Apotheke am Markt', '254,69 €', 'AOK PLUS']) {
      expect(tagged.replace(/\u00a0/g, ' ')).toContain(text);
    }
  });

  it('keeps the no-break spaces of "§ 62" and of amounts in the tagged text', () => {
    expect(struct).toContain('§\u00a062');
    expect(struct).toMatch(/\d,\d\d\u00a0€/);
  });

  it('marks every text run and line: nothing is drawn outside marked content', async () => {
    const doc = await PDFDocument.load(bytes);
    const parentTree = doc.catalog
      .lookup(PDFName.of('StructTreeRoot'), PDFDict)
      .lookup(PDFName.of('ParentTree'), PDFDict)
      .lookup(PDFName.of('Nums'), PDFArray);
    doc.getPages().forEach((page, index) => {
      const tokens = contentTokens(page);
      let depth = 0;
      const unmarked: string[] = [];
      for (const token of tokens) {
        if (token === 'BDC' || token === 'BMC') depth += 1;
        else if (token === 'EMC') depth -= 1;
        else if ((token === 'BT' || token === 'S' || token === 'f') && depth === 0) unmarked.push(token);
      }
      expect(depth).toBe(0);
      expect(unmarked).toEqual([]);
      // The page's MCIDs 0…n-1 each have their element in the parent tree.
      const mcids = tokens.filter((token) => token === '/MCID').length;
      expect(page.node.get(PDFName.of('StructParents'))).toEqual(PDFNumber.of(index));
      expect(parentTree.lookup(2 * index + 1, PDFArray).size()).toBe(mcids);
    });
  });

  it('says it is marked, in German, and shows its title', async () => {
    const doc = await PDFDocument.load(bytes);
    const markInfo = doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
    expect(markInfo.get(PDFName.of('Marked'))).toBe(PDFBool.True);
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(de-DE)');
    const preferences = doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(preferences.get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
    const metadata = doc.catalog.lookup(PDFName.of('Metadata'), PDFStream);
    if (!(metadata instanceof PDFRawStream)) throw new Error('the XMP metadata is not a plain stream');
    const xmp = new TextDecoder().decode(metadata.getContents());
    expect(xmp).toContain(
      '<rdf:li xml:lang="x-default">Antrag auf Befreiung von Zuzahlungen (§ 62 SGB V) 2026</rdf:li>',
    );
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
  });

  it('tags the English reading copy as English', async () => {
    const english = await renderToFile(exampleContent('en'));
    const doc = await PDFDocument.load(english.bytes);
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(en-GB)');
    expect(pdfInfo(english.path, '-struct-text')).toContain('"9. Submission"');
  });
});
