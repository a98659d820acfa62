import type { Answers, ReceiptEntryAnswers } from '../src/domain/application/draft-answers';
import { draftExportFile, openImportedDraft } from './imported-draft';
import { launch } from './wizard-pages';

export type ReceiptEntryTiming = { receiptsBefore: number; runs: number; medianMs: number; maxMs: number };

const year = 2026;

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
  const file = await draftExportFile('bench', year, answersWith(receiptsBefore));

  const browser = await launch();
  try {
    const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    await openImportedDraft(page, origin, file, year);
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
