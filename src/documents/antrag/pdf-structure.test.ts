import type { PDFRef } from 'pdf-lib';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  beginText,
  endText,
} from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfStructure } from './pdf-structure';

const elementOf = (doc: PDFDocument, ref: unknown): PDFDict => doc.context.lookup(ref as PDFRef, PDFDict);

describe('pdfStructure', () => {
  it('writes a Figure with its alternate text, and a run on a second page as a reference to that page', async () => {
    const doc = await PDFDocument.create();
    const [first, second] = [doc.addPage(), doc.addPage()];
    const structure = pdfStructure(doc);
    const figure = structure.add(structure.root, 'Figure', { alt: 'Balken: 254,69 € erreicht am 30.06.' });
    const cell = structure.add(structure.root, 'P');
    first.pushOperators(...structure.content(first, figure, [beginText(), endText()]));
    first.pushOperators(...structure.content(first, cell, [beginText(), endText()]));
    second.pushOperators(...structure.content(second, cell, [beginText(), endText()]));
    structure.finish();
    const loaded = await PDFDocument.load(await doc.save());

    const root = loaded.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const document = elementOf(loaded, root.get(PDFName.of('K')));
    expect(document.get(PDFName.of('S'))).toBe(PDFName.of('Document'));
    const [figureRef, paragraphRef] = document.lookup(PDFName.of('K'), PDFArray).asArray();
    const figureElement = elementOf(loaded, figureRef);
    expect(figureElement.get(PDFName.of('S'))).toBe(PDFName.of('Figure'));
    expect(figureElement.lookup(PDFName.of('Alt'), PDFHexString).decodeText()).toBe(
      'Balken: 254,69 € erreicht am 30.06.',
    );
    expect(figureElement.lookup(PDFName.of('K'), PDFArray).asArray()).toEqual([PDFNumber.of(0)]);

    const paragraph = elementOf(loaded, paragraphRef);
    const [onFirst, onSecond] = paragraph.lookup(PDFName.of('K'), PDFArray).asArray();
    expect(onFirst).toEqual(PDFNumber.of(1));
    const reference = loaded.context.lookup(onSecond, PDFDict);
    expect(reference.get(PDFName.of('Type'))).toBe(PDFName.of('MCR'));
    expect(reference.get(PDFName.of('MCID'))).toEqual(PDFNumber.of(0));
    expect(reference.get(PDFName.of('Pg'))).toEqual(loaded.getPage(1).ref);

    // ParentTree: page 0's MCIDs 0 and 1 belong to the figure and the paragraph, page 1's MCID 0 to the paragraph.
    const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
    expect(nums.lookup(1, PDFArray).asArray()).toEqual([figureRef, paragraphRef]);
    expect(nums.lookup(3, PDFArray).asArray()).toEqual([paragraphRef]);
    expect(root.get(PDFName.of('ParentTreeNextKey'))).toEqual(PDFNumber.of(2));
  });
});
