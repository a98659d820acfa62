import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launch } from './wizard-pages';

export type OfferPageFigures = { gzipBytes: number; files: string[]; runs: number[]; medianMs: number };

/**
 * Issue 12: what the advance payment's offer page costs. From the task list of a fresh draft for the current year,
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
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ locale: 'de-DE' });
      const page = await context.newPage();
      await page.goto(origin);
      await page.getByLabel('Nur für diesen Besuch').check();
      await page.getByRole('button', { name: 'Jetzt beginnen' }).click();
      await page.getByLabel(new RegExp(`^${year} –`)).check();
      await page.getByRole('button', { name: 'Speichern und weiter' }).click();
      await page.getByRole('heading', { level: 1, name: 'Ihr Antrag' }).waitFor();
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
