import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PDFDocument } from 'pdf-lib';
import { buildAntragContent } from '../src/documents/antrag/antrag-content.test-support';
import { largeHousehold, typicalHousehold } from '../src/documents/antrag/antrag-households.test-support';
import type { AntragContent } from '../src/documents/antrag/antrag-content';
import { renderAntragPdf, type AntragFonts } from '../src/documents/antrag/render-antrag-pdf';

const fontDir = join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const time = async (content: AntragContent, fonts: AntragFonts, runs: number): Promise<number> => {
  await renderAntragPdf(content, fonts); // warm-up for the JIT and fontkit
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await renderAntragPdf(content, fonts);
    times.push(performance.now() - start);
  }
  return median(times);
};

/**
 * Antrag PDF generation in Node, the font read once (in the browser it is fetched once): the
 * median of several runs for a typical household (3 people, 15 receipts; budget ≤ 300 ms) and a
 * large one (10 people, 400 receipts), with the large document's page count.
 */
export async function benchAntragGeneration(): Promise<{
  typicalMs: number;
  largeMs: number;
  pagesLarge: number;
}> {
  // The configuration the app uses (ADR 0008): DejaVu Sans only, bold drawn synthetically. A
  // second font (DejaVuSans-Bold.ttf) adds about 100 ms of CPU per document and 700 KB to fetch.
  const fonts: AntragFonts = { fontBytes: readFileSync(join(fontDir, 'DejaVuSans.ttf')) };
  const typical = buildAntragContent(typicalHousehold());
  const large = buildAntragContent(largeHousehold());
  const typicalMs = await time(typical, fonts, 9);
  const largeMs = await time(large, fonts, 3);
  const pagesLarge = (await PDFDocument.load(await renderAntragPdf(large, fonts))).getPageCount();
  return { typicalMs, largeMs, pagesLarge };
}
