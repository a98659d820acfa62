import { screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/application/draft-answers';
import { grownUpSon, spouse } from './household-fixtures';
import { endWizardSession, startWithDraft, startWizard } from './start-wizard';

afterEach(endWizardSession);

const year = 2026;

const erika = { givenName: 'Erika', familyName: 'Mustermann' };
const alone: Answers = { person: erika, household: { members: [], complete: true } };

const save = () => screen.getByRole('button', { name: 'Speichern und weiter' });
const overviewHeading = () => screen.findByRole('heading', { level: 1, name: 'Einnahmen' });

async function addEntry(
  user: UserEvent,
  fields: {
    type: string;
    amount: string;
    period: 'Im Monat' | 'Im Jahr' | 'Einmalig';
    months?: string;
    /** An income that does not count is saved without being asked for proof. */
    proofNotAsked?: true;
  },
) {
  await user.click(await screen.findByRole('link', { name: 'Eigene Einnahme hinzufügen' }));
  await screen.findByRole('heading', { level: 1, name: 'Einnahme angeben' });
  await user.selectOptions(screen.getByLabelText('Art der Einnahme'), fields.type);
  await user.type(screen.getByLabelText('Betrag in Euro, brutto'), fields.amount);
  await user.click(screen.getByLabelText(fields.period));
  if (fields.months !== undefined) {
    const months = screen.getByLabelText('In wie vielen Monaten des Jahres?');
    await user.clear(months);
    await user.type(months, fields.months);
  }
  if (fields.proofNotAsked) {
    expect(screen.queryByRole('group', { name: /Wie reichen Sie den Nachweis ein/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Per Post nachreichen')).not.toBeInTheDocument();
    expect(
      screen.getByText('Diese Einnahme zählt nicht, darum brauchen Sie dafür keinen Nachweis.'),
    ).toBeInTheDocument();
  } else {
    await user.click(screen.getByLabelText('Per Post nachreichen'));
  }
  await user.click(save());
  await overviewHeading();
}

// Whole-app tests that type into several pages take longer than the default 5 s.
describe('Einnahmen', { timeout: 30_000 }, () => {
  it('lets a single pensioner enter a monthly pension, send proof by post and complete the section', async () => {
    const user = userEvent.setup();
    await startWithDraft(user, year, alone);
    await user.click(screen.getByRole('link', { name: /Einnahmen/ }));
    await overviewHeading();
    expect(screen.getByRole('heading', { level: 2, name: 'Erika Mustermann' })).toBeInTheDocument();
    expect(screen.getByText(/Bruttoeinnahmen im Kalenderjahr 2026/)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Eigene Einnahme hinzufügen' }));
    await screen.findByRole('heading', { level: 1, name: 'Einnahme angeben' });
    expect(screen.getByText('Einnahme von Erika Mustermann')).toBeInTheDocument();
    await user.selectOptions(
      screen.getByLabelText('Art der Einnahme'),
      'Renten (Alters-, Erwerbsminderungs-, Hinterbliebenenrente)',
    );
    expect(screen.getByText(/Das Geld ist für den Lebensunterhalt da/)).toBeInTheDocument();
    const amount = screen.getByLabelText('Betrag in Euro, brutto');
    expect(amount).toHaveAttribute('inputmode', 'decimal');
    expect(amount).toHaveAttribute('autocomplete', 'off');
    await user.type(amount, '1.234,56');
    await user.click(screen.getByLabelText('Im Monat'));
    expect(screen.getByLabelText('In wie vielen Monaten des Jahres?')).toHaveValue('12');
    await user.click(screen.getByLabelText('Per Post nachreichen'));
    await user.click(save());

    await overviewHeading();
    expect(screen.getByText('1.234,56 € im Monat × 12')).toBeInTheDocument();
    expect(screen.getByText('14.814,72 €')).toBeInTheDocument();
    expect(screen.getByText('Ja, 14.814,72 €')).toBeInTheDocument();
    expect(screen.getByText('Zählt in 2026 insgesamt: 14.814,72 €')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ja, alle Einnahmen sind angegeben' }));
    await screen.findByRole('heading', { level: 1, name: 'Ihr Antrag' });
    const row = screen.getByRole('link', { name: /Einnahmen/ }).closest('li');
    expect(within(row!).getByText('Vollständig')).toBeInTheDocument();
  });

  it('counts Elterngeld only above the Sockelbetrag of 300 € a month', async () => {
    const user = userEvent.setup();
    const { router } = await startWithDraft(user, year, alone);
    await router.navigate('/antrag/einnahmen');
    await addEntry(user, {
      type: 'Elterngeld (Basiselterngeld) (zählt teilweise)',
      amount: '500',
      period: 'Im Monat',
      months: '12',
    });
    expect(screen.getByText('500,00 € im Monat × 12')).toBeInTheDocument();
    expect(screen.getByText('6.000,00 €')).toBeInTheDocument();
    expect(
      screen.getByText('Teilweise: 2.400,00 € – der Teil über dem Sockelbetrag von 300,00 € im Monat × 12'),
    ).toBeInTheDocument();
    expect(screen.getByText('Zählt in 2026 insgesamt: 2.400,00 €')).toBeInTheDocument();
  });

  it('accepts child benefit without asking for proof, and shows it as not counted, with the reason', async () => {
    const user = userEvent.setup();
    const { router } = await startWithDraft(user, year, alone);
    await router.navigate('/antrag/einnahmen');
    await addEntry(user, {
      type: 'Kindergeld (zählt nicht)',
      amount: '255,00 €',
      period: 'Im Monat',
      proofNotAsked: true,
    });
    expect(screen.getByRole('heading', { level: 3, name: 'Kindergeld' })).toBeInTheDocument();
    expect(screen.getByText('3.060,00 €')).toBeInTheDocument();
    expect(screen.getByText('Nein, zählt nicht')).toBeInTheDocument();
    expect(
      screen.getByText('Kindergeld gehört nicht zu den Einnahmen, die hier zählen.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Zählt in 2026 insgesamt: 0,00 €')).toBeInTheDocument();
  });

  it('asks for a description of other income', async () => {
    const user = userEvent.setup();
    const { router } = await startWithDraft(user, year, alone);
    await router.navigate('/antrag/einnahmen/eintrag/new-other');
    await user.selectOptions(
      await screen.findByLabelText('Art der Einnahme'),
      'Sonstige Einnahme (bitte beschreiben)',
    );
    await user.type(screen.getByLabelText('Betrag in Euro, brutto'), '1234,56');
    await user.click(screen.getByLabelText('Im Jahr'));
    await user.click(screen.getByLabelText('Per Post nachreichen'));
    await user.click(save());
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: /Beschreibung der Einnahme/ });
    await user.click(link);
    expect(screen.getByLabelText('Was ist das für eine Einnahme?')).toHaveFocus();

    await user.type(screen.getByLabelText('Was ist das für eine Einnahme?'), 'Witwenrente aus Österreich');
    await user.click(save());
    await overviewHeading();
    expect(screen.getByText('Witwenrente aus Österreich')).toBeInTheDocument();
    expect(screen.getByText('Vorläufig ja, 1.234,56 €')).toBeInTheDocument();
  });

  it('names every unanswered field in the error summary and keeps what was typed', async () => {
    const user = userEvent.setup();
    const { router } = await startWithDraft(user, year, {
      person: erika,
      household: { members: [spouse], complete: true },
    });
    await router.navigate('/antrag/einnahmen/eintrag/new-empty');
    await user.type(await screen.findByLabelText('Betrag in Euro, brutto'), '12,5x');
    await user.click(save());

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(document.title).toMatch(/^Fehler:/);
    const messages = within(summary)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(messages).toEqual([
      'Wählen Sie aus, wer diese Einnahme hat.',
      'Wählen Sie die Art der Einnahme aus.',
      expect.stringMatching(/Betrag darf nur Ziffern/),
      'Wählen Sie aus, wofür der Betrag gilt: Monat, Jahr oder einmalig.',
      'Wählen Sie aus, wie Sie den Nachweis einreichen.',
    ]);
    expect(screen.getByLabelText('Betrag in Euro, brutto')).toHaveValue('12,5x');
    await user.click(within(summary).getByRole('link', { name: 'Wählen Sie die Art der Einnahme aus.' }));
    expect(screen.getByLabelText('Art der Einnahme')).toHaveFocus();
  });

  it('removes an entry at once and restores it with "Rückgängig"', async () => {
    const user = userEvent.setup();
    const { router } = await startWithDraft(user, year, alone);
    await router.navigate('/antrag/einnahmen');
    await addEntry(user, { type: 'Krankengeld', amount: '800', period: 'Einmalig' });
    expect(screen.getByText('800,00 € einmalig')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Entfernen Krankengeld von Erika Mustermann' }));
    expect(screen.queryByText('800,00 € einmalig')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Einnahme entfernt' })).toBeInTheDocument();
    expect(screen.getByText('Krankengeld von Erika Mustermann ist entfernt.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rückgängig' }));
    expect(screen.getByText('800,00 € einmalig')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Krankengeld' })).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Einnahme entfernt' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Ändern Krankengeld von Erika Mustermann' }));
    expect(await screen.findByLabelText('Betrag in Euro, brutto')).toHaveValue('800');
  });

  it('refuses the confirmation while a counted person has no entry, and skips people who do not count', async () => {
    const user = userEvent.setup();
    const { router } = await startWithDraft(user, year, {
      person: erika,
      household: { members: [spouse, grownUpSon], complete: true },
    });
    await router.navigate('/antrag/einnahmen');
    await overviewHeading();
    expect(screen.getByRole('heading', { level: 2, name: 'Hans Mustermann' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: 'Paul Mustermann' })).not.toBeInTheDocument();
    expect(screen.getByText(/Paul Mustermann: zählt nicht – keine Angaben nötig/)).toBeInTheDocument();

    // The applicant is addressed as "Sie", never by name in the third person.
    await user.click(screen.getByRole('button', { name: 'Ich habe in 2026 keine Einnahmen' }));
    expect(screen.getByText(/Angegeben: Sie haben in 2026 keine Einnahmen/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ja, alle Einnahmen sind angegeben' }));
    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Geben Sie die Einnahmen von Hans Mustermann an oder dass Hans Mustermann keine Einnahmen hat.',
    ]);
    await user.click(links[0]!);
    expect(screen.getByRole('heading', { level: 2, name: 'Hans Mustermann' })).toHaveFocus();

    await user.click(screen.getByRole('link', { name: 'Einnahme von Hans Mustermann hinzufügen' }));
    expect(await screen.findByRole('radio', { name: 'Hans Mustermann' })).toBeChecked();
  });

  it('says so when the household is not complete yet', async () => {
    const user = userEvent.setup();
    const { router } = await startWizard(user, year);
    await router.navigate('/antrag/einnahmen');
    expect(await screen.findByRole('heading', { name: 'Zuerst der Haushalt' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zum Haushalt' })).toHaveAttribute('href', '/antrag/haushalt');
  });

  it('needs no incomes under the flat welfare rule and says why', async () => {
    const user = userEvent.setup();
    const { router } = await startWithDraft(user, year, { ...alone, welfare: { kind: 'buergergeld' } });
    await router.navigate('/antrag/einnahmen');
    expect(
      await screen.findByRole('heading', { name: 'Keine Angaben zu Einnahmen nötig' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Dann zählt ein fester Betrag, nicht das Einkommen\./)).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Ja, alle Einnahmen sind angegeben' }),
    ).not.toBeInTheDocument();
  });
});
