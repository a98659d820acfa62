import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/application/draft-answers';
import { grownUpSon, spouse } from './household-fixtures';
import { endWizardSession, startWithDraft, startWizard } from './start-wizard';

afterEach(endWizardSession);

const year = 2026;

const household: Answers = {
  person: { givenName: 'Erika', familyName: 'Mustermann' },
  household: { members: [spouse, grownUpSon], complete: true },
};

const save = () => screen.getByRole('button', { name: 'Speichern und weiter' });
const overviewHeading = () =>
  screen.findByRole('heading', { level: 1, name: 'Schwerwiegende chronische Erkrankung' });

// Whole-app tests that type into several pages take longer than the default 5 s.
describe('Chronische Erkrankung', { timeout: 30_000 }, () => {
  it('explains Muster 55 and lists each counted person with their answer', async () => {
    const user = userEvent.setup();
    await startWithDraft(user, year, household);
    await user.click(screen.getByRole('link', { name: /Chronische Erkrankung/ }));
    await overviewHeading();
    expect(screen.getByText(/1 % statt 2 %/)).toBeInTheDocument();
    expect(screen.getByText(/Muster 55/, { selector: 'p' })).toBeInTheDocument();
    const list = screen.getByRole('heading', { level: 2, name: 'Personen in Ihrem Antrag' })
      .nextElementSibling as HTMLElement;
    expect(within(list).getByText('Erika Mustermann', { selector: 'dt' })).toBeInTheDocument();
    expect(within(list).getByText('Hans Mustermann', { selector: 'dt' })).toBeInTheDocument();
    expect(within(list).queryByText('Paul Mustermann')).not.toBeInTheDocument();
    expect(within(list).getAllByText('Noch nicht beantwortet')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Beantworten Hans Mustermann' })).toHaveAttribute(
      'href',
      '/antrag/chronische-erkrankung/spouse-1',
    );
  });

  it('asks how the certificate arrives when the answer is yes', async () => {
    const user = userEvent.setup();
    const { router } = await startWithDraft(user, year, household);
    await router.navigate('/antrag/chronische-erkrankung/applicant');
    await screen.findByRole('heading', {
      level: 1,
      name: 'Sind Sie schwerwiegend chronisch krank?',
    });
    await user.click(screen.getByRole('radio', { name: 'Ja' }));
    await user.click(save());
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: 'Wählen Sie aus, wie die Bescheinigung (Muster 55) zu uns kommt.',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Ja' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Ich lade sie jetzt hoch' }));
    await user.click(save());
    expect(
      await within(await screen.findByRole('alert')).findByRole('link', {
        name: /Laden Sie die Bescheinigung hoch/,
      }),
    ).toBeInTheDocument();
  });

  it('completes a person when the doctor’s practice sends the certificate, then asks the next person', async () => {
    const user = userEvent.setup();
    const { router } = await startWithDraft(user, year, household);
    await router.navigate('/antrag/chronische-erkrankung/applicant');
    await user.click(await screen.findByRole('radio', { name: 'Ja' }));
    await user.click(screen.getByRole('radio', { name: 'Die Arztpraxis schickt sie uns' }));
    await user.click(save());

    await screen.findByRole('heading', {
      level: 1,
      name: 'Ist Hans Mustermann schwerwiegend chronisch krank?',
    });
    await user.click(screen.getByRole('radio', { name: 'Nein' }));
    await user.click(save());

    await overviewHeading();
    expect(screen.getByText('Ja – die Arztpraxis schickt die Bescheinigung')).toBeInTheDocument();
    expect(screen.getByText('Nein')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ändern Erika Mustermann' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Zurück zu „Ihr Antrag“' }));
    const row = (await screen.findByRole('link', { name: /Chronische Erkrankung/ })).closest('li');
    expect(within(row!).getByText('Vollständig')).toBeInTheDocument();
  });

  it('says so when the household is not complete yet', async () => {
    const user = userEvent.setup();
    const { router } = await startWizard(user, year);
    await router.navigate('/antrag/chronische-erkrankung');
    await overviewHeading();
    expect(screen.getByRole('heading', { name: 'Zuerst der Haushalt' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zum Haushalt' })).toHaveAttribute('href', '/antrag/haushalt');
    expect(screen.queryByRole('heading', { name: 'Personen in Ihrem Antrag' })).not.toBeInTheDocument();
  });
});
