import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { lockSession } from '../../../src/features/antrag/draft/draft-session';
import { renderApp } from '../render-app';

/**
 * Opens the wizard "for this visit only" (memory store) and chooses a year, as a user does from the start page.
 * Call `endWizardSession()` after each test: the open store lives as long as the page, like in the browser.
 */
export async function startWizard(user: UserEvent, year: number) {
  const view = renderApp('/');
  await user.click(await screen.findByLabelText('Nur für diesen Besuch'));
  await user.click(screen.getByRole('button', { name: 'Jetzt beginnen' }));
  await user.click(await screen.findByLabelText(new RegExp(`^${year} –`)));
  await user.click(screen.getByRole('button', { name: 'Speichern und weiter' }));
  await screen.findByRole('heading', { level: 1, name: 'Ihr Antrag' });
  return view;
}

export function endWizardSession(): void {
  lockSession();
}
