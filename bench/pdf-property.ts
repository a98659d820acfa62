import { runPdfProperty, type PropertyReport } from '../src/documents/bundle/pdf-property.test-support';

/**
 * Issue 10: the PDF round-trip property over 10,000 seeded inputs (the test suite runs 1,000): mutated PDFs in
 * which qpdf --json sees JavaScript or a launch action must all be refused by our check. Here qpdf judges
 * every input, refused or not, so the report also says how many files it confirmed.
 */
export async function benchPdfProperty(inputs = 10_000): Promise<PropertyReport> {
  return runPdfProperty(inputs, { refusedSampleEvery: 1 });
}

/** One line for the bench's output. */
export function pdfPropertyLine(report: PropertyReport): string {
  const verdict = report.missed.length === 0 ? 'none missed' : `MISSED ${report.missed.length}`;
  return `PDF property (qpdf --json as judge): ${report.inputs} mutated PDFs in ${(report.ms / 1000).toFixed(1)} s; we refused ${report.refused}, accepted ${report.accepted}; qpdf read ${report.judged} and saw JavaScript or /Launch in ${report.withScript}: ${verdict}`;
}
