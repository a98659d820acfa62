import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetSubmissionStore, submissionStore } from '../../../mocks/store/current-submission-store';
import { deriveAbrufcode } from '../../../mocks/handlers/abrufcode';
import { openSendPage } from './send-support';
import { endWizardSession } from './start-wizard';

beforeEach(() => resetSubmissionStore());
afterEach(endWizardSession);

describe('Antrag gesendet', () => {
  it('shows the reference, what happens next, the downloads and a cover sheet with the insurer address', async () => {
    const user = userEvent.setup();
    const { container, router } = await openSendPage(user);
    await user.click(screen.getByRole('button', { name: 'Jetzt senden' }));
    await screen.findByRole('heading', { level: 1, name: 'Antrag gesendet' }, { timeout: 15_000 });
    const [submission] = await submissionStore().listSubmissions();
    expect(screen.getByText('Ihre Vorgangsnummer').nextElementSibling).toHaveTextContent(
      submission!.reference,
    );
    // The Abrufcode, prominently and in a box to print, with what it is for and that it is a secret.
    const abrufcode = await deriveAbrufcode(submission!.reference);
    expect(screen.getAllByText(abrufcode, { selector: 'strong' })).toHaveLength(2);
    const access = screen.getByRole('region', { name: 'Bearbeitungsstand auf jedem Gerät' });
    expect(access).toHaveTextContent('sehen Sie den Bearbeitungsstand auf jedem Gerät');
    expect(access).toHaveTextContent(
      'Der Abrufcode ist wie ein Passwort. Geben Sie ihn nicht an andere weiter.',
    );
    expect(access).toHaveTextContent('Ihre Krankenkasse fragt Sie nie am Telefon nach dem Abrufcode.');
    expect(
      within(access).getByRole('button', { name: 'Vorgangsnummer und Abrufcode drucken' }),
    ).toBeEnabled();
    expect(screen.getByText(/^Eingegangen am \d{2}\.\d{2}\.\d{4} um \d{2}:\d{2} Uhr$/)).toBeInTheDocument();
    expect(screen.getByText(/höchstens drei Wochen/)).toBeInTheDocument();
    expect(screen.getByText(/Befreiungsausweis per Post/)).toBeInTheDocument();
    for (const name of [
      'Antrag herunterladen (PDF, Deutsch)',
      'Lesefassung auf Englisch herunterladen (PDF)',
      'Alle gesendeten Unterlagen herunterladen (ZIP-Datei)',
    ])
      // The downloads are the stored bytes as sent, read back from the device store: they appear a moment later.
      expect(await screen.findByRole('button', { name })).toBeEnabled();

    const cover = screen.getByRole('region', { name: 'Deckblatt für die Post' });
    expect(within(cover).getByText(submission!.reference)).toBeInTheDocument();
    expect(within(cover).getByText('Łukasz Ğüneş Ørsted-Nguyễn')).toBeInTheDocument();
    for (const line of ['AOK PLUS', 'Zuzahlungsbefreiung', '01058 Dresden'])
      expect(within(cover).getByText(line)).toBeInTheDocument();
    expect(within(cover).getAllByRole('listitem').length).toBeGreaterThan(0);
    // The cover sheet goes into an envelope: never the code.
    expect(cover).not.toHaveTextContent(abrufcode);
    expect(
      (await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })).violations,
    ).toEqual([]);

    // The status page of the draft uses the reference and the code kept with the receipt.
    await user.click(screen.getByRole('link', { name: 'Bearbeitungsstand ansehen' }));
    await screen.findByRole('heading', { level: 1, name: 'Bearbeitungsstand' });
    const steps = await screen.findByRole('list', { name: 'Schritte der Bearbeitung' });
    expect(within(steps).getAllByRole('listitem')[0]).toHaveTextContent('(aktueller Stand)');

    // Back on the send page, the receipt leads here again: nothing is sent a second time.
    await router.navigate('/antrag/absenden');
    await screen.findByRole('heading', { level: 1, name: 'Antrag gesendet' });
    expect(await submissionStore().listSubmissions()).toHaveLength(1);
  });
});
