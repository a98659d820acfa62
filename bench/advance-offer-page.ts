import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Answers } from '../src/domain/application/draft-answers';
import { draftExportFile, openImportedDraft } from './imported-draft';
import { launch } from './wizard-pages';

/** A pensioner couple of the current year with their incomes and a few receipts: the offer has figures. */
function answersFor(year: number): Answers {
  return {
    person: { givenName: 'Erika', familyName: 'Bench', birthDate: '3.2.1951' },
    household: {
      members: [
        {
          id: 'm1',
          relation: 'spouse',
          givenName: 'Hans',
          familyName: 'Bench',
          birthDate: '1.5.1949',
          kvnr: 'D456789013',
          insurer: 'same',
          familyInsured: 'no',
          livesInCareHome: 'no',
        },
      ],
      complete: true,
    },
    welfare: { kind: 'none' },
    incomes: {
      entries: [
        { id: 'i1', memberId: 'applicant', type: 'pension', amount: '1.450', period: 'month', proof: 'post' },
        { id: 'i2', memberId: 'm1', type: 'pension', amount: '1.120', period: 'month', proof: 'post' },
      ],
      complete: true,
    },
    chronic: { members: [{ memberId: 'applicant', chronicallyIll: 'yes', certificate: 'doctorSends' }] },
    receipts: {
      entries: Array.from({ length: 6 }, (_, i) => ({
        id: `r${i + 1}`,
        kind: 'single' as const,
        memberId: 'applicant',
        date: `${i + 3}.2.${year}`,
        category: 'medicine' as const,
        provider: 'Löwen-Apotheke',
        amount: '10,00',
      })),
    },
  };
}

export type OfferPageFigures = { gzipBytes: number; files: string[]; runs: number[]; medianMs: number };

/**
 * Issue 12: what the advance payment's offer page costs. From the task list of a couple's draft of the current year
 * (imported as a user's export file),
 * a click on "Vorauszahlung" until the offer's heading is shown: the scripts it loads on top of the task list
 * (gzip -9 of the built files) and the time, each run in a new browser context (nothing cached), median of 5.
 */
export async function benchAdvanceOfferPage(
  dir: string,
  origin: string,
  runs = 5,
): Promise<OfferPageFigures> {
  const browser = await launch();
  const year = new Date().getFullYear();
  const times: number[] = [];
  let files: string[] = [];
  const file = await draftExportFile('bench-offer', year, answersFor(year));
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ locale: 'de-DE' });
      const page = await context.newPage();
      await openImportedDraft(page, origin, file, year);
      const loaded = new Set<string>();
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (request.resourceType() === 'script' && path.startsWith('/assets/')) loaded.add(path);
      });
      const started = performance.now();
      await page.getByRole('link', { name: 'Vorauszahlung', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: `Vorauszahlung für ${year}` }).waitFor();
      await page.getByRole('table').first().waitFor();
      times.push(performance.now() - started);
      files = [...loaded].sort();
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const gzipBytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(`${dir}${file}`), { level: 9 }).length,
    0,
  );
  const sorted = [...times].sort((a, b) => a - b);
  return { gzipBytes, files, runs: times, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0 };
}
