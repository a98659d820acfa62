import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { endWizardSession, startWizard } from './start-wizard';
import { pdf as minimalPdf } from '../../../src/documents/bundle/bundle-fixtures.test-support';

afterEach(endWizardSession);

const slow = 30_000;
const continueButton = () => screen.getByRole('button', { name: 'Speichern und weiter' });
const question = 'Erhält jemand in Ihrem Haushalt eine dieser Leistungen?';
const taskRow = async (section: RegExp) =>
  (await screen.findByRole('link', { name: section })).closest('li') as HTMLElement;

describe('Sozialleistungen', () => {
  it(
    'asks for an answer, explains the fixed amount, and needs nothing more for „Keine“',
    async () => {
      const user = userEvent.setup();
      await startWizard(user, 2025);
      await user.click(screen.getByRole('link', { name: /Sozialleistungen/ }));
      await screen.findByRole('heading', { level: 1, name: question });
      expect(screen.getByText(/12-mal der Regelbedarf .* für 2025 6\.756,00 €/)).toBeInTheDocument();
      expect(
        screen.getByText('Vom Jobcenter, für erwerbsfähige Menschen und ihre Familien.'),
      ).toBeInTheDocument();

      await user.click(continueButton());
      const summary = await screen.findByRole('alert');
      await user.click(
        within(summary).getByRole('link', {
          name: 'Wählen Sie aus, ob jemand im Haushalt eine dieser Leistungen erhält.',
        }),
      );
      expect(screen.getByLabelText('Keine dieser Leistungen')).toHaveFocus();

      await user.click(screen.getByLabelText('Keine dieser Leistungen'));
      await user.click(continueButton());
      await screen.findByRole('heading', { level: 1, name: 'Ihr Antrag' });
      expect(within(await taskRow(/Sozialleistungen/)).getByText('Vollständig')).toBeInTheDocument();
      const incomes = screen.getByText('Einnahmen').closest('li') as HTMLElement;
      expect(within(incomes).queryByText('Nicht erforderlich')).not.toBeInTheDocument();
    },
    slow,
  );

  it(
    'requires the notice for Bürgergeld and then marks the incomes as not needed, with the reason',
    async () => {
      const user = userEvent.setup();
      await startWizard(user, 2025);
      await user.click(screen.getByRole('link', { name: /Sozialleistungen/ }));
      await user.click(await screen.findByLabelText(/^Bürgergeld/));
      await user.click(continueButton());

      await screen.findByRole('heading', { level: 1, name: 'Laden Sie den aktuellen Bescheid hoch' });
      await user.click(continueButton());
      const summary = await screen.findByRole('alert');
      expect(
        within(summary).getByRole('link', {
          name: 'Laden Sie den aktuellen Bescheid über die Leistung hoch.',
        }),
      ).toBeInTheDocument();

      const notice = new File([minimalPdf()], 'bescheid.pdf', { type: 'application/pdf' });
      await user.upload(screen.getByLabelText(/^Bescheid: Bürgergeld/), notice);
      expect(await screen.findByRole('button', { name: 'Entfernen bescheid.pdf' })).toBeInTheDocument();
      await user.click(continueButton());

      await screen.findByRole('heading', { level: 1, name: 'Ihr Antrag' });
      expect(within(await taskRow(/Sozialleistungen/)).getByText('Vollständig')).toBeInTheDocument();
      const incomes = await taskRow(/Einnahmen/);
      expect(within(incomes).getByText('Nicht erforderlich')).toBeInTheDocument();
      expect(incomes).toHaveTextContent(/Dann zählt ein fester Betrag, nicht das Einkommen\./);

      // Back on the question, the answer is kept and the notice too.
      await user.click(screen.getByRole('link', { name: /Sozialleistungen/ }));
      expect(await screen.findByLabelText(/^Bürgergeld/)).toBeChecked();
      await user.click(continueButton());
      expect(await screen.findByRole('button', { name: 'Entfernen bescheid.pdf' })).toBeInTheDocument();
    },
    slow,
  );
});
