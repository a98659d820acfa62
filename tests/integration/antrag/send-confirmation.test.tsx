import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetSubmissionStore, submissionStore } from '../../../mocks/store/current-submission-store';
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
    expect(screen.getByText(submission!.reference, { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText(/^Eingegangen am \d{2}\.\d{2}\.\d{4} um \d{2}:\d{2} Uhr$/)).toBeInTheDocument();
    expect(screen.getByText(/höchstens drei Wochen/)).toBeInTheDocument();
    expect(screen.getByText(/Befreiungsausweis per Post/)).toBeInTheDocument();
    for (const name of [
      'Antrag herunterladen (PDF, Deutsch)',
      'Lesefassung auf Englisch herunterladen (PDF)',
      'Alle gesendeten Unterlagen herunterladen (ZIP-Datei)',
    ])
      expect(screen.getByRole('button', { name })).toBeEnabled();

    const cover = screen.getByRole('region', { name: 'Deckblatt für die Post' });
    expect(within(cover).getByText(submission!.reference)).toBeInTheDocument();
    expect(within(cover).getByText('Łukasz Ğüneş Ørsted-Nguyễn')).toBeInTheDocument();
    for (const line of ['AOK PLUS', 'Zuzahlungsbefreiung', '01058 Dresden'])
      expect(within(cover).getByText(line)).toBeInTheDocument();
    expect(within(cover).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(
      (await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })).violations,
    ).toEqual([]);

    // Back on the send page, the receipt leads here again: nothing is sent a second time.
    await router.navigate('/antrag/absenden');
    await screen.findByRole('heading', { level: 1, name: 'Antrag gesendet' });
    expect(await submissionStore().listSubmissions()).toHaveLength(1);
  });
});
