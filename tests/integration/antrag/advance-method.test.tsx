import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { familyDraft } from '../../../src/domain/application/sample-drafts.test-support';
import { endWizardSession, startWithDraft } from './start-wizard';

afterEach(endWizardSession);

// The way to pay an advance payment (/antrag/vorauszahlung/zahlungsweg) for the sample family of 2026, whole app
// on the msw mock: the creditor's data for the mandate come from the service info.
const family = familyDraft();

async function openMethodPage() {
  const user = userEvent.setup();
  const view = await startWithDraft(user, family.year, {
    ...family.answers,
    advancePayment: { option: 'full' },
  });
  await view.router.navigate('/antrag/vorauszahlung/zahlungsweg');
  await screen.findByRole('heading', { level: 1, name: 'Wie möchten Sie bezahlen?' });
  return { user, ...view };
}

describe('Vorauszahlung: Wie möchten Sie bezahlen?', () => {
  it('takes a direct debit once the mandate is given, with the creditor data of the service info', async () => {
    const { user, router } = await openMethodPage();
    await user.click(screen.getByRole('radio', { name: /^Lastschrift/ }));
    const mandate = await screen.findByRole('region', {
      name: 'SEPA-Lastschriftmandat für eine einmalige Zahlung',
    });
    expect(mandate).toHaveTextContent(/Gläubiger-Identifikationsnummer: DE\d{2}ZZZ/);
    await user.click(screen.getByRole('checkbox', { name: 'Ich erteile dieses SEPA-Lastschriftmandat.' }));
    await user.click(screen.getByRole('button', { name: 'Speichern und weiter' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ihr Antrag' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/antrag');
    expect(screen.queryByText(/Die Angaben der Krankenkasse für das Mandat fehlen/)).not.toBeInTheDocument();
  });

  it('asks for the mandate when a direct debit is chosen without it', async () => {
    const { user } = await openMethodPage();
    await user.click(screen.getByRole('radio', { name: /^Lastschrift/ }));
    await screen.findByRole('region', { name: 'SEPA-Lastschriftmandat für eine einmalige Zahlung' });
    await user.click(screen.getByRole('button', { name: 'Speichern und weiter' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: 'Bestätigen Sie das Lastschriftmandat, oder wählen Sie Überweisung.',
      }),
    ).toBeInTheDocument();
    expect(within(summary).queryByText(/Die Angaben der Krankenkasse/)).not.toBeInTheDocument();
  });
});
