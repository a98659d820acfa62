import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { ApplicationDraft } from '../../../src/domain/application/application-draft';
import { familyDraft } from '../../../src/domain/application/sample-drafts.test-support';
import { exportDraft } from '../../../src/storage/draft-export';
import { activate, expectHeading, typeInto } from './keyboard';
import { startApplication } from './wizard';

const passphrase = 'Tulpe Fahrrad Ostsee';

/**
 * A draft that is ready to send (the sample family of the domain tests, both declarations given), stored
 * encrypted on the device, as a user brings one from another device: an export file read in on "Entwürfe
 * verwalten". The wizard itself is opened for another year first, so nothing is replaced.
 */
export async function seedReadyDraft(page: Page, origin: string) {
  const sample = familyDraft();
  // A read-in draft keeps its id, and the server takes one application per id: each test's draft is its own.
  await importDraft(page, origin, {
    ...sample,
    id: randomUUID(),
    answers: { ...sample.answers, declarations: { correct: true, consent: true } },
  });
  return { applicantName: 'Łukasz Ğüneş Ørsted-Nguyễn', familyName: 'Ørsted-Nguyễn' };
}

/**
 * Reads `content` in from an encrypted export file on "Entwürfe verwalten", by keyboard, with the wizard opened for
 * the year before first (so nothing is replaced); ends on the read-in draft's task list.
 */
export async function importDraft(page: Page, origin: string, content: ApplicationDraft): Promise<void> {
  await startApplication(page, origin, { year: content.year - 1, storage: 'device' });
  const bytes = await exportDraft({ year: content.year, schemaVersion: 1, content, files: [] }, passphrase, {
    testOnlyIterations: 1,
  });
  await activate(page.getByRole('link', { name: 'Entwürfe verwalten', exact: true }));
  await page.getByLabel('Exportdatei', { exact: true }).setInputFiles({
    name: 'entwurf.zbentwurf',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(bytes),
  });
  await typeInto(page.getByLabel('Kennwort der Exportdatei'), passphrase);
  await activate(page.getByRole('button', { name: 'Entwurf einlesen' }));
  await expectHeading(page, 'Ihr Antrag');
  await page.getByText(`Befreiung von Zuzahlungen für das Jahr ${content.year}`).waitFor();
}
