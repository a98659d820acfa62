import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { familyDraft } from '../../../src/domain/application/sample-drafts.test-support';
import { endWizardSession, startWithDraft } from './start-wizard';

afterEach(endWizardSession);

// The sample family of the domain tests (2026): the applicant, his spouse insured elsewhere and two children.
const family = familyDraft();
const year = family.year;
const applicant = 'Łukasz Ğüneş Ørsted-Nguyễn';

async function openCheckPage(answers = family.answers) {
  const user = userEvent.setup();
  const view = await startWithDraft(user, year, answers);
  await view.router.navigate('/antrag/pruefen');
  await screen.findByRole('heading', { level: 1, name: 'Angaben prüfen' }, { timeout: 5_000 });
  return { user, ...view };
}

const region = (name: string) => screen.getByRole('region', { name });
const send = () => screen.getByRole('button', { name: 'Antrag absenden' });

describe('Angaben prüfen', () => {
  it('lists every answer per section: the applicant, each member, the incomes and the receipt totals', async () => {
    const { container } = await openCheckPage();
    expect(screen.queryByRole('region', { name: 'Das fehlt noch' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Alle Abschnitte sind vollständig' })).toBeInTheDocument();

    const person = region('Persönliche Angaben');
    // The name, and the account holder.
    expect(within(person).getAllByText(applicant, { selector: 'dd' })).toHaveLength(2);
    expect(within(person).getByText('12.04.1978', { selector: 'dd' })).toBeInTheDocument();
    expect(within(person).getByText('DE89 3704 0044 0532 0130 00', { selector: 'dd' })).toBeInTheDocument();
    expect(within(person).getByRole('link', { name: 'Ändern Name' })).toHaveAttribute(
      'href',
      '/antrag/persoenliche-angaben/name',
    );

    const household = region('Haushalt');
    for (const member of ['Maria Ørsted-Nguyễn', 'Jan Ørsted-Nguyễn', 'Ida Ørsted-Nguyễn']) {
      expect(within(household).getByText(member, { selector: 'dt' })).toBeInTheDocument();
    }
    expect(within(household).getAllByText(/^Zählt 2026 mit\./)).toHaveLength(4);
    expect(within(household).getByText(/versichert bei Techniker Krankenkasse/)).toBeInTheDocument();
    expect(within(household).getByRole('link', { name: 'Ändern Maria Ørsted-Nguyễn' })).toHaveAttribute(
      'href',
      '/antrag/haushalt/person/s1',
    );

    const incomes = region('Einnahmen');
    const own = within(incomes).getByRole('region', { name: applicant });
    expect(
      within(own).getByText(/3\.400,00 € im Monat, 12 Monate: 40\.800,00 € im Jahr/),
    ).toBeInTheDocument();
    expect(within(own).getByText(/1\.700,00 € einmalig/)).toBeInTheDocument();
    expect(within(own).getByText('42.500,00 €', { selector: 'dd' })).toBeInTheDocument();
    const spouse = within(incomes).getByRole('region', { name: 'Maria Ørsted-Nguyễn' });
    expect(within(spouse).getByText(/9\.600,00 € im Jahr/)).toBeInTheDocument();
    const child = within(incomes).getByRole('region', { name: 'Jan Ørsted-Nguyễn' });
    expect(within(child).getByText('Keine Einnahmen im Jahr 2026')).toBeInTheDocument();

    const chronic = region('Chronische Erkrankung');
    expect(within(chronic).getByText(/Die Arztpraxis schickt die Bescheinigung/i)).toBeInTheDocument();

    // 40 receipts and an annual summary: counts and totals per person, and a link to the list, not 41 rows.
    const receipts = region('Zuzahlungen');
    expect(within(receipts).getByText('26 Belege, zusammen 264,50 €')).toBeInTheDocument();
    expect(within(receipts).getByText('15 Belege, zusammen 239,00 €')).toBeInTheDocument();
    expect(within(receipts).getByRole('link', { name: 'Alle Belege ansehen' })).toHaveAttribute(
      'href',
      '/antrag/zuzahlungen',
    );

    const results = await axe.run(container, {
      // jsdom has no layout: contrast is checked by the e2e tests in Chromium.
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('opens the page of a change link and comes back here after "Speichern und weiter"', async () => {
    const { user, router } = await openCheckPage();
    await user.click(screen.getByRole('link', { name: 'Ändern Name' }));
    await screen.findByRole('heading', { level: 1, name: 'Wie heißen Sie und wann sind Sie geboren?' });
    const givenName = screen.getByLabelText('Vorname');
    await user.clear(givenName);
    await user.type(givenName, 'Lukas');
    await user.click(screen.getByRole('button', { name: 'Speichern und weiter' }));

    await screen.findByRole('heading', { level: 1, name: 'Angaben prüfen' });
    expect(router.state.location.pathname).toBe('/antrag/pruefen');
    expect(
      within(region('Persönliche Angaben')).getByText('Lukas Ğüneş Ørsted-Nguyễn', { selector: 'dd' }),
    ).toBeInTheDocument();
  });

  it('shows the error summary, focused, when sending without the declarations', async () => {
    const { user, router } = await openCheckPage();
    await user.click(send());
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    const correct = within(summary).getByRole('link', {
      name: 'Bestätigen Sie, dass Ihre Angaben richtig und vollständig sind.',
    });
    expect(correct).toHaveAttribute('href', '#f-correct');
    expect(
      within(summary).getByRole('link', {
        name: 'Willigen Sie ein, dass wir Ihre Gesundheitsdaten für diesen Antrag verarbeiten.',
      }),
    ).toHaveAttribute('href', '#f-consent');
    expect(document.title).toMatch(/^Fehler: Angaben prüfen/);
    expect(router.state.location.pathname).toBe('/antrag/pruefen');

    await user.click(correct);
    expect(screen.getByRole('checkbox', { name: /Ich versichere/ })).toHaveFocus();
  });

  it('keeps what is missing at the top and points the error summary there', async () => {
    const { user } = await openCheckPage({ ...family.answers, bank: undefined });
    expect(
      screen.queryByRole('region', { name: 'Alle Abschnitte sind vollständig' }),
    ).not.toBeInTheDocument();
    const missing = screen.getByRole('region', { name: 'Das fehlt noch' });
    expect(within(missing).getByRole('link', { name: 'Bankverbindung für Erstattungen' })).toHaveAttribute(
      'href',
      '/antrag/persoenliche-angaben/bankverbindung',
    );
    expect(within(region('Persönliche Angaben')).getAllByText('unvollständig')).toHaveLength(2);

    await user.click(screen.getByRole('checkbox', { name: /Ich versichere/ }));
    await user.click(screen.getByRole('checkbox', { name: /Ich willige ein/ }));
    await user.click(send());
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link')).toHaveLength(1);
    await user.click(within(summary).getByRole('link', { name: 'Ergänzen Sie zuerst, was noch fehlt.' }));
    expect(document.getElementById('f-sections')).toHaveFocus();
  });

  it('sends with everything complete and both declarations ticked', async () => {
    const { user, router } = await openCheckPage();
    await user.click(screen.getByRole('checkbox', { name: /Ich versichere/ }));
    await user.click(screen.getByRole('checkbox', { name: /Ich willige ein/ }));
    await user.click(send());
    await waitFor(() => expect(router.state.location.pathname).toBe('/antrag/absenden'));
    // The send page has arrived (its chunk loads lazily): going back before that could race its arrival.
    await screen.findByRole('heading', { level: 1, name: 'Antrag senden' }, { timeout: 5_000 });

    // The ticks are answers like any other: kept in the draft.
    await router.navigate('/antrag/pruefen');
    expect(await screen.findByRole('checkbox', { name: /Ich versichere/ })).toBeChecked();
    expect(await screen.findByRole('checkbox', { name: /Ich willige ein/ })).toBeChecked();
  });

  it('keeps the optional choice how the Bescheid comes, and can change it', async () => {
    const { user, router } = await openCheckPage();
    const group = () => screen.getByRole('group', { name: 'Wie möchten Sie unseren Bescheid erhalten?' });
    const retrieval = () =>
      within(group()).getByRole('radio', { name: 'Per Post und zusätzlich online zum Abruf' });
    expect(within(group()).getByRole('radio', { name: 'Nur per Post' })).not.toBeChecked();
    expect(retrieval()).not.toBeChecked();
    await user.click(retrieval());

    await router.navigate('/antrag');
    await router.navigate('/antrag/pruefen');
    await screen.findByRole('heading', { level: 1, name: 'Angaben prüfen' });
    expect(retrieval()).toBeChecked();
    await user.click(within(group()).getByRole('radio', { name: 'Nur per Post' }));
    expect(retrieval()).not.toBeChecked();
  });
});
