import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Answers } from '../src/domain/application/draft-answers';
import { exportDraft } from '../src/storage/draft-export';

const passphrase = 'bench bench bench';

/** A draft with these answers as a user's export file (one key-derivation round: a bench, not a secret). */
export async function draftExportFile(id: string, year: number, answers: Answers): Promise<string> {
  const now = new Date().toISOString();
  const content = { schemaVersion: 1, id, year, createdAt: now, updatedAt: now, answers, files: [] };
  const bytes = await exportDraft({ year, schemaVersion: 1, content, files: [] }, passphrase, {
    testOnlyIterations: 1,
  });
  const file = join(mkdtempSync(join(tmpdir(), 'zb-bench-')), 'entwurf.zbentwurf');
  writeFileSync(file, bytes);
  return file;
}

/**
 * Opens the app "for this visit only", starts a draft for the year before and imports the export file over it, as
 * a user moving a draft would; ends on the imported draft's task list.
 */
export async function openImportedDraft(
  page: Page,
  origin: string,
  file: string,
  year: number,
): Promise<void> {
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
}
