import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { Answers } from '../../../src/domain/application/draft-answers';
import { lockSession } from '../../../src/features/antrag/draft/draft-session';
import { exportDraft } from '../../../src/storage/draft-export';
import { renderApp } from '../render-app';

/**
 * Opens the wizard "for this visit only" (memory store) and chooses a year, as a user does from the start page.
 * Call `endWizardSession()` after each test: the open store lives as long as the page, like in the browser.
 */
export async function startWizard(user: UserEvent, year: number) {
  const view = renderApp('/');
  await user.click(await screen.findByLabelText('Nur für diesen Besuch', {}, { timeout: 5000 }));
  await user.click(screen.getByRole('button', { name: 'Jetzt beginnen' }));
  await user.click(await screen.findByLabelText(new RegExp(`^${year} –`), {}, { timeout: 5000 }));
  await user.click(screen.getByRole('button', { name: 'Speichern und weiter' }));
  await screen.findByRole('heading', { level: 1, name: 'Ihr Antrag' }, { timeout: 5000 });
  return view;
}

export function endWizardSession(): void {
  lockSession();
}

const passphrase = 'Tulpe Fahrrad Ostsee';

/**
 * Opens the wizard with a draft whose household is complete. The Haushalt pages belong to another section, so
 * the test reaches such a draft the way a user moves one between devices: an export file read in on
 * "Entwürfe verwalten" (the wizard itself runs for another year, so nothing is replaced).
 */
export async function startWithDraft(user: UserEvent, year: number, answers: Answers) {
  const view = await startWizard(user, year - 1);
  const now = new Date().toISOString();
  const content = {
    schemaVersion: 1,
    id: 'prepared',
    year,
    createdAt: now,
    updatedAt: now,
    answers,
    files: [],
  };
  const bytes = await exportDraft({ year, schemaVersion: 1, content, files: [] }, passphrase, {
    testOnlyIterations: 1,
  });
  await view.router.navigate('/antrag/entwuerfe');
  await user.upload(
    await screen.findByLabelText('Exportdatei', {}, { timeout: 5_000 }),
    new File([bytes], 'entwurf.zbentwurf', { type: 'application/octet-stream' }),
  );
  await user.type(screen.getByLabelText('Kennwort der Exportdatei'), passphrase);
  await user.click(screen.getByRole('button', { name: 'Entwurf einlesen' }));
  // Reading the file in decrypts it and stores the draft again: slower than one render.
  await screen.findByRole('heading', { level: 1, name: 'Ihr Antrag' }, { timeout: 5_000 });
  await screen.findByText(`Befreiung von Zuzahlungen für das Jahr ${year}`);
  return view;
}
