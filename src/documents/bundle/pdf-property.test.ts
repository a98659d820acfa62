import fc from 'fast-check';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildBundle } from './build-bundle';
import { jpeg, png, sampleInput } from './bundle-fixtures.test-support';
import { runPdfProperty } from './pdf-property.test-support';
import { readBundle } from './read-bundle';

// Round trip, issue 10: mutated PDFs that an independent parser (qpdf --json) says carry JavaScript or a launch
// action are refused by our check; whatever our writer produces passes the reader. Seeded, so a failure
// reproduces; `npm run bench` runs the same property over 10,000 inputs (bench/pdf-property.ts).

describe('PDF check against qpdf', () => {
  it('refuses every mutated PDF in which qpdf sees JavaScript or a launch action (1,000 seeded inputs)', async () => {
    // qpdf judges every input we accept, and every 5th we refuse (the bench judges all of them).
    const report = await runPdfProperty(1_000, { refusedSampleEvery: 5 });
    expect(report.missed).toEqual([]);
    // The generator reaches both sides: files we accept, and files qpdf confirms carry script.
    expect(report.accepted).toBeGreaterThan(100);
    expect(report.withScript).toBeGreaterThan(50);
  }, 300_000);
});

const text = fc.string({
  unit: fc.constantFrom(...'ab/JS()\\<>[]%# \n\rJavaScriptLaunchü€'.split('')),
  maxLength: 40,
});

async function writtenPdf(
  title: string,
  line: string,
  lang: string,
  objectStreams: boolean,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.setTitle(title);
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(lang.replace(/[()\\]/g, '')));
  const page = doc.addPage();
  page.drawText(line.replace(/[^\x20-\x7e]/g, '?'), { x: 40, y: 800, size: 10, font });
  doc
    .getForm()
    .createTextField('bemerkung')
    .setText(line.replace(/[^\x20-\x7e]/g, '?'));
  return doc.save({ useObjectStreams: objectStreams });
}

describe('whatever our writer produces passes the reader', () => {
  it('bundles with PDFs whose strings hold names, brackets and escapes, and real images', async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        text,
        text,
        fc.boolean(),
        fc.integer({ min: 1, max: 4000 }),
        async (title, line, lang, packed, side) => {
          const attachments = [
            { name: 'bescheid.pdf', bytes: await writtenPdf(title, line, lang, packed) },
            { name: 'beleg.jpg', bytes: jpeg(side, 4001 - side) },
            { name: 'rente.png', bytes: png(4001 - side, side) },
          ];
          const result = readBundle(buildBundle(sampleInput({ attachments })));
          expect(result.ok ? [] : result.problems).toEqual([]);
        },
      ),
      { numRuns: 100, seed: 20261207 },
    );
  }, 120_000);
});
