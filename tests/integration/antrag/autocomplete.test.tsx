import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { endWizardSession, startWithDraft, startWizard } from './start-wizard';

afterEach(endWizardSession);

// Security checklist tension 2: WCAG 1.3.5 tokens on the user's own identity fields, autocomplete="off" on the
// insurance number, incomes and health answers (TR-03161 O.Data_18).
describe('autocomplete', () => {
  it('offers the input-purpose tokens on the applicant’s name, birth date, address and contact', async () => {
    const user = userEvent.setup();
    const { router } = await startWizard(user, 2026);
    await router.navigate('/antrag/persoenliche-angaben/name');
    expect(await screen.findByLabelText('Vorname')).toHaveAttribute('autocomplete', 'given-name');
    expect(screen.getByLabelText('Nachname')).toHaveAttribute('autocomplete', 'family-name');
    expect(screen.getByLabelText('Geburtsdatum')).toHaveAttribute('autocomplete', 'bday');
    await router.navigate('/antrag/persoenliche-angaben/anschrift');
    expect(await screen.findByLabelText('Straße und Hausnummer')).toHaveAttribute(
      'autocomplete',
      'street-address',
    );
    expect(screen.getByLabelText('Postleitzahl')).toHaveAttribute('autocomplete', 'postal-code');
    await router.navigate('/antrag/persoenliche-angaben/kontakt');
    expect(await screen.findByLabelText('Telefonnummer (freiwillig)')).toHaveAttribute('autocomplete', 'tel');
    expect(screen.getByLabelText('E-Mail-Adresse (freiwillig)')).toHaveAttribute('autocomplete', 'email');
  });

  it('switches it off for the insurance number, the bank account and every income field', async () => {
    const user = userEvent.setup();
    const { router } = await startWithDraft(user, 2026, {
      person: { givenName: 'Erika', familyName: 'Mustermann' },
      household: { members: [], complete: true },
    });
    await router.navigate('/antrag/persoenliche-angaben/versichertennummer');
    expect(await screen.findByRole('textbox', { name: /Krankenversichertennummer/ })).toHaveAttribute(
      'autocomplete',
      'off',
    );
    await router.navigate('/antrag/persoenliche-angaben/bankverbindung');
    expect(await screen.findByLabelText('IBAN')).toHaveAttribute('autocomplete', 'off');
    await router.navigate('/antrag/einnahmen/eintrag/e1?person=applicant');
    await screen.findByRole('heading', { level: 1 });
    const textInputs = screen.getAllByRole('textbox');
    expect(textInputs.length).toBeGreaterThan(0);
    for (const input of textInputs) expect(input).toHaveAttribute('autocomplete', 'off');
  });
});
