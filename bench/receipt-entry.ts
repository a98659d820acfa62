import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answers, ReceiptEntryAnswers } from '../src/domain/application/draft-answers';
import { exportDraft } from '../src/storage/draft-export';
import { launch } from './wizard-pages';

export type ReceiptEntryTiming = { receiptsBefore: number; runs: number; medianMs: number; maxMs: number };

const year = 2026;
const passphrase = 'bench bench bench';

/** A pensioner living alone whose ledger already holds `count` pharmacy receipts. */
function answersWith(count: number): Answers {
  const receipts: ReceiptEntryAnswers[] = Array.from({ length: count }, (_, i) => ({
    id: `r${i + 1}`,
    kind: 'single',
    memberId: 'applicant',
    date: `${(i % 28) + 1}.${(i % 10) + 1}.${year}`,
    category: 'medicine',
    provider: 'Löwen-Apotheke',
    amount: `${5 + (i % 6)},${String(i % 100).padStart(2, '0')}`,
  }));
  return {
    person: { givenName: 'Erika', familyName: 'Bench', birthDate: '3.2.1951' },
    household: { members: [], complete: true },
    welfare: { kind: 'none' },
    incomes: {
      entries: [
        { id: 'i1', memberId: 'applicant', type: 'pension', amount: '1.450', period: 'month', proof: 'post' },
      ],
      complete: true,
    },
    receipts: { entries: receipts },
  };
}

/**
 * Issue 4: how long "Speichern und weiteren Beleg erfassen" takes when the ledger already holds 299 receipts, in
 * headless Chromium against the production build: from pressing Enter in the amount field to the next receipt's
 * page announcing the save, with the date field focused. The draft arrives as a user's export file.
 */
export async function benchReceiptEntry(
  origin: string,
  receiptsBefore = 299,
  runs = 11,
): Promise<ReceiptEntryTiming> {
  const now = new Date().toISOString();
  const content = {
    schemaVersion: 1,
    id: 'bench',
    year,
    createdAt: now,
    updatedAt: now,
    answers: answersWith(receiptsBefore),
    files: [],
  };
  const bytes = await exportDraft({ year, schemaVersion: 1, content, files: [] }, passphrase, {
    testOnlyIterations: 1,
  });
  const file = join(mkdtempSync(join(tmpdir(), 'zb-bench-')), 'entwurf.zbentwurf');
  writeFileSync(file, bytes);

  const browser = await launch();
  try {
    const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    await page.goto(origin);
    await page.getByLabel('Nur für diesen Besuch').check();
    await page.getByRole('button', { name: 'Jetzt beginnen' }).click();
    await page.getByLabel(new RegExp(`^${year - 1} –`)).check();
    await page.getByRole('button', { name: 'Speichern und weiter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ihr Antrag' }).waitFor();
    await page.getByRole('link', { name: 'Entwürfe verwalten, übertragen oder löschen' }).click();
    await page.getByLabel('Exportdatei', { exact: true }).setInputFiles(file);
    await page.getByLabel('Kennwort der Exportdatei').fill(passphrase);
    await page.getByRole('button', { name: 'Entwurf einlesen' }).click();
    await page.getByText(`Befreiung von Zuzahlungen für das Jahr ${year}`).waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Zuzahlungen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Zuzahlungen' }).waitFor();
    await page.getByRole('link', { name: 'Beleg hinzufügen' }).click();
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      await page.getByRole('heading', { level: 1, name: 'Beleg erfassen' }).waitFor();
      await page.getByLabel('Datum der Zahlung').fill(`2.11.${year}`);
      const amount = `6,${String(run).padStart(2, '0')}`;
      await page.getByLabel('Gezahlter Betrag').fill(amount);
      const started = performance.now();
      await page.getByLabel('Gezahlter Betrag').press('Enter');
      await page.getByText(`über ${amount} €`, { exact: false }).waitFor();
      await page.locator('#f-date:focus').waitFor();
      times.push(performance.now() - started);
    }
    const sorted = [...times].sort((a, b) => a - b);
    return { receiptsBefore, runs, medianMs: sorted[Math.floor(runs / 2)] ?? 0, maxMs: sorted.at(-1) ?? 0 };
  } finally {
    await browser.close();
  }
}
