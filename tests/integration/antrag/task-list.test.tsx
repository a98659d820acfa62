import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { endWizardSession, startWizard } from './start-wizard';

afterEach(endWizardSession);

describe('Ihr Antrag and Angaben prüfen', () => {
  it('shows each section with its status and keeps income and illness closed until the household is complete', async () => {
    const user = userEvent.setup();
    await startWizard(user, 2026);
    const items = screen.getAllByRole('listitem').filter((item) => item.closest('.ui-task-list, ul'));
    const status = (title: string) => {
      const row = items.find((item) => within(item).queryByText(title) !== null);
      return row?.textContent ?? '';
    };
    expect(status('Persönliche Angaben')).toContain('Nicht begonnen');
    expect(status('Einnahmen')).toContain('Noch nicht möglich');
    expect(screen.queryByRole('link', { name: /^Einnahmen/ })).not.toBeInTheDocument();
    expect(screen.getByText('0 von 6 Abschnitten sind erledigt.')).toBeInTheDocument();
  });

  it('lists what is missing on the check page, each with a link that opens the page to fix it', async () => {
    const user = userEvent.setup();
    await startWizard(user, 2026);
    await user.click(screen.getByRole('link', { name: 'Angaben prüfen' }));
    await screen.findByRole('heading', { level: 1, name: 'Angaben prüfen' });
    expect(screen.getByText(/Noch sind nicht alle Abschnitte vollständig/)).toBeInTheDocument();
    const missing = screen.getByRole('region', { name: 'Das fehlt noch' });
    await user.click(within(missing).getByRole('link', { name: 'Krankenversichertennummer' }));
    await screen.findByRole('textbox', { name: /Krankenversichertennummer/ });
  });

  it('deletes the draft with all its answers after one question, and says nothing is kept', async () => {
    const user = userEvent.setup();
    const { router } = await startWizard(user, 2026);
    await user.click(screen.getByRole('button', { name: 'Entwurf löschen' }));
    expect(
      screen.getByText(
        /Möchten Sie den Entwurf für 2026 löschen\? Alle Angaben und Dateien werden gelöscht\./,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    await user.click(screen.getByRole('button', { name: 'Entwurf löschen' }));
    await user.click(screen.getByRole('button', { name: 'Ja, Entwurf löschen' }));
    await screen.findByRole('heading', { level: 1, name: 'Befreiung von Zuzahlungen beantragen' });
    await router.navigate('/antrag/entwuerfe');
    expect(await screen.findByText('Es gibt noch keinen Entwurf.')).toBeInTheDocument();
  });
});
