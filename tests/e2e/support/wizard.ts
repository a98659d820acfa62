import type { Page } from 'playwright-core';
import { activate, choose, expectHeading, pressContinue, typeInto } from './keyboard';

/** From the start page to "Ihr Antrag" for `year`, by keyboard: the storage choice, the optional passphrase, the year. */
export async function startApplication(
  page: Page,
  origin: string,
  options: { year: number; storage: 'device' | 'visit'; passphrase?: string },
): Promise<void> {
  await page.goto(origin);
  await choose(
    page.getByLabel(
      options.storage === 'device' ? 'Verschlüsselt auf diesem Gerät speichern' : 'Nur für diesen Besuch',
    ),
  );
  await activate(page.getByRole('button', { name: 'Jetzt beginnen' }));
  if (options.storage === 'device') {
    await page.getByRole('heading', { level: 1, name: 'Entwurf auf diesem Gerät speichern' }).waitFor();
    if (options.passphrase === undefined) {
      await choose(page.getByLabel('Nein, es ist mein eigenes Gerät'));
    } else {
      await choose(page.getByLabel('Ja, mit einem Kennwort schützen'));
      await typeInto(page.getByLabel('Kennwort', { exact: true }), options.passphrase);
      await typeInto(page.getByLabel('Kennwort wiederholen'), options.passphrase);
    }
    await activate(page.getByRole('button', { name: 'Weiter' }));
  }
  await page
    .getByRole('heading', { level: 1, name: 'Für welches Jahr beantragen Sie die Befreiung?' })
    .waitFor();
  await choose(page.getByLabel(new RegExp(`^${options.year} –`)));
  await pressContinue(page);
  await expectHeading(page, 'Ihr Antrag');
}

/** Waits until the last change has been written to the store. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await page.locator('[data-save-state="saved"]').waitFor();
}
