import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { watchedPage, type PageWatch } from './support/browser';
import { activate, choose, expectHeading, pressContinue, typeInto } from './support/keyboard';
import { sharedBrowser } from './support/shared-browser';
import { workerServerUrl } from './support/worker-server';
import { plaintextHits } from './support/storage-scan';
import { startApplication, waitUntilSaved } from './support/wizard';

const origin = await workerServerUrl();
const browser = sharedBrowser();
const now = new Date('2026-11-23T10:00:00+01:00');

// Unique strings that must never appear in plain text anywhere in the browser's storage.
const markers = {
  givenName: 'Zq7CanaryVorname',
  familyName: 'Xv3CanaryNachname',
  street: 'Kanarienweg 7f3a',
  fileName: 'canary-vollmacht-9b2e.pdf',
  fileContent: 'CANARY-FILE-CONTENT-51c0',
};
const kvnr = 'A123456780';

async function cleanPage(watch: PageWatch) {
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
  await watch.context.close();
}

async function open(watchFor = origin) {
  const watch = await watchedPage(browser(), watchFor);
  await watch.page.clock.setFixedTime(now);
  // Counts IndexedDB opens, to prove nothing is stored before the user chose to (TR-03161 O.Purp_3).
  await watch.page.addInitScript(() => {
    const original = IDBFactory.prototype.open;
    (window as unknown as { __idbOpens: number }).__idbOpens = 0;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
      (window as unknown as { __idbOpens: number }).__idbOpens += 1;
      return original.apply(this, args);
    };
  });
  return watch;
}

describe('drafts on the device', () => {
  it('stores nothing before the choice, then survives reloads mid-page with only ciphertext at rest', async () => {
    const watch = await open();
    const { page } = watch;
    await page.goto(origin);
    expect(await page.evaluate(() => (window as unknown as { __idbOpens: number }).__idbOpens)).toBe(0);
    // Start without choosing: the error summary names the choice.
    await activate(page.getByRole('button', { name: 'Jetzt beginnen' }));
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => indexedDB.databases())).toEqual([]);

    await startApplication(page, origin, { year: 2026, storage: 'device' });
    expect(await axeViolations(page)).toEqual([]);
    await activate(page.getByRole('link', { name: /Persönliche Angaben/ }));
    await expectHeading(page, 'Wie heißen Sie und wann sind Sie geboren?');
    await typeInto(page.getByLabel('Vorname'), markers.givenName);
    await typeInto(page.getByLabel('Nachname'), markers.familyName);
    await waitUntilSaved(page);

    // A reload in the middle of the page keeps what was typed, before "Speichern und weiter".
    await page.reload();
    await expectHeading(page, 'Wie heißen Sie und wann sind Sie geboren?');
    expect(await page.getByLabel('Vorname').inputValue()).toBe(markers.givenName);
    expect(await page.getByLabel('Nachname').inputValue()).toBe(markers.familyName);

    // An error state is accessible and loses nothing.
    await pressContinue(page);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.getByLabel('Vorname').inputValue()).toBe(markers.givenName);
    await typeInto(page.getByLabel('Geburtsdatum'), '27.3.1956');
    await pressContinue(page);
    await typeInto(page.getByRole('textbox', { name: /Krankenversichertennummer/ }), kvnr);
    await pressContinue(page);
    await typeInto(page.getByLabel('Straße und Hausnummer'), markers.street);
    await waitUntilSaved(page);

    // Closing the tab and coming back later: the start page offers to continue, the task list to resume.
    const second = await watch.context.newPage();
    await page.close();
    await second.goto(origin);
    await activate(second.getByRole('link', { name: 'Antrag fortsetzen' }));
    await expectHeading(second, 'Ihr Antrag');
    await activate(second.getByRole('link', { name: 'Weiter, wo Sie aufgehört haben' }));
    await expectHeading(second, 'Anschrift');
    expect(await second.getByLabel('Straße und Hausnummer').inputValue()).toBe(markers.street);

    const scan = await plaintextHits(second, Object.values(markers).concat(kvnr));
    expect(scan.scanned).toContain('indexedDB zb-entwuerfe/drafts');
    expect(scan.found).toEqual([]);
    watch.page = second;
    await cleanPage(watch);
  });

  it('moves a draft with its files to another browser through an encrypted export file', async () => {
    const watch = await open();
    const { page } = watch;
    await startApplication(page, origin, { year: 2025, storage: 'device' });
    await page.goto(`${origin}/antrag/persoenliche-angaben/vertretung`);
    await choose(page.getByLabel('Für eine andere Person, mit Vollmacht'));
    await pressContinue(page);
    await typeInto(page.getByLabel('Ihr Vorname'), markers.givenName);
    await page.getByLabel('Vollmacht', { exact: true }).setInputFiles({
      name: markers.fileName,
      mimeType: 'application/pdf',
      // A PDF the upload check accepts: a catalog and nothing active.
      buffer: Buffer.from(
        `%PDF-1.4\n% ${markers.fileContent}\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
      ),
    });
    await page.getByRole('button', { name: `Entfernen ${markers.fileName}` }).waitFor();
    await waitUntilSaved(page);
    expect((await plaintextHits(page, Object.values(markers))).found).toEqual([]);

    await activate(page.getByRole('link', { name: 'Entwürfe verwalten', exact: true }));
    await expectHeading(page, 'Ihre Entwürfe');
    expect(await axeViolations(page)).toEqual([]);
    await typeInto(page.getByLabel('Kennwort für die Exportdatei'), 'Tulpe Fahrrad Ostsee');
    await typeInto(page.getByLabel('Kennwort wiederholen'), 'Tulpe Fahrrad Ostsee');
    const downloading = page.waitForEvent('download');
    await activate(page.getByRole('button', { name: 'Exportdatei herunterladen' }));
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('zuzahlungsbefreiung-2025.zbentwurf');
    const exported = await download.path();
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(exported);
    for (const marker of Object.values(markers)) expect(bytes.includes(Buffer.from(marker))).toBe(false);

    // Another browser (a fresh context: nothing shared), e.g. the desktop.
    const desktop = await open();
    const other = desktop.page;
    await startApplication(other, origin, { year: 2026, storage: 'device' });
    await activate(other.getByRole('link', { name: 'Entwürfe verwalten', exact: true }));
    await other.getByLabel('Exportdatei', { exact: true }).setInputFiles(exported);
    await typeInto(other.getByLabel('Kennwort der Exportdatei'), 'falsch falsch');
    await activate(other.getByRole('button', { name: 'Entwurf einlesen' }));
    await other.getByText('Das Kennwort passt nicht zu dieser Exportdatei.').first().waitFor();
    expect(await axeViolations(other)).toEqual([]);
    await typeInto(other.getByLabel('Kennwort der Exportdatei'), 'Tulpe Fahrrad Ostsee');
    await activate(other.getByRole('button', { name: 'Entwurf einlesen' }));
    await expectHeading(other, 'Ihr Antrag');
    expect(await other.getByText('Befreiung von Zuzahlungen für das Jahr 2025').count()).toBe(1);
    await other.goto(`${origin}/antrag/persoenliche-angaben/vertreter`);
    expect(await other.getByLabel('Ihr Vorname').inputValue()).toBe(markers.givenName);
    await other.getByRole('button', { name: `Entfernen ${markers.fileName}` }).waitFor();
    expect((await plaintextHits(other, Object.values(markers))).found).toEqual([]);
    await cleanPage(desktop);
    await cleanPage(watch);
  });

  it('asks for the passphrase after a reload, refuses a wrong one, and locks on request', async () => {
    const watch = await open();
    const { page } = watch;
    await startApplication(page, origin, {
      year: 2026,
      storage: 'device',
      passphrase: 'Tulpe Fahrrad Ostsee',
    });
    await activate(page.getByRole('link', { name: /Persönliche Angaben/ }));
    await typeInto(page.getByLabel('Vorname'), markers.givenName);
    await waitUntilSaved(page);
    await page.reload();
    await expectHeading(page, 'Entwürfe entsperren');
    expect(await page.getByLabel('Vorname').count()).toBe(0);
    await typeInto(page.getByLabel('Kennwort'), 'Tulpe Fahrrad Nordsee');
    await activate(page.getByRole('button', { name: 'Entsperren' }));
    await page.getByText('Das Kennwort ist falsch.', { exact: false }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await typeInto(page.getByLabel('Kennwort'), 'Tulpe Fahrrad Ostsee');
    await activate(page.getByRole('button', { name: 'Entsperren' }));
    expect(await page.getByLabel('Vorname').inputValue()).toBe(markers.givenName);

    await activate(page.getByRole('button', { name: 'Sperren' }));
    await expectHeading(page, 'Entwürfe entsperren');
    await cleanPage(watch);
  });

  it('deletes drafts 90 days after the last change, and everything on request', async () => {
    const watch = await open();
    const { page } = watch;
    await startApplication(page, origin, { year: 2026, storage: 'device' });
    await activate(page.getByRole('link', { name: /Persönliche Angaben/ }));
    await typeInto(page.getByLabel('Vorname'), markers.givenName);
    await waitUntilSaved(page);

    await page.clock.setFixedTime(new Date(now.getTime() + 89 * 24 * 3600 * 1000));
    await page.goto(`${origin}/antrag/entwuerfe`);
    await page.getByRole('heading', { name: 'Antrag für 2026' }).waitFor();
    await page.clock.setFixedTime(new Date(now.getTime() + 180 * 24 * 3600 * 1000));
    await page.goto(`${origin}/antrag/entwuerfe`);
    await page.getByText('Es gibt noch keinen Entwurf.').waitFor();

    await activate(page.getByRole('button', { name: 'Alle Daten löschen' }));
    await activate(page.getByRole('button', { name: 'Ja, alles löschen' }));
    await expectHeading(page, 'Befreiung von Zuzahlungen beantragen');
    await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
    // The router's scroll positions (paths and pixel offsets, nothing personal) may stay.
    const left = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
    expect(left.filter((key) => key !== 'react-router-scroll-positions')).toEqual([]);
    await cleanPage(watch);
  });

  it('says plainly that a "this visit only" draft is gone after a reload', async () => {
    const watch = await open();
    const { page } = watch;
    page.on('dialog', (dialog) => void dialog.accept());
    await startApplication(page, origin, { year: 2026, storage: 'visit' });
    await activate(page.getByRole('link', { name: /Persönliche Angaben/ }));
    await typeInto(page.getByLabel('Vorname'), markers.givenName);
    expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
    await page.reload();
    await expectHeading(page, 'Ihre Angaben wurden nicht gespeichert');
    expect(await axeViolations(page)).toEqual([]);
    expect((await plaintextHits(page, Object.values(markers))).found).toEqual([]);
    await cleanPage(watch);
  });
});
