import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { ApplicationDraft } from '../../../domain/application/application-draft';
import {
  familyWithSpousePart,
  withoutSpouseEntries,
} from '../../../domain/application/member-parts.test-support';
import { declared, familyDraft, sampleContext } from '../../../domain/application/sample-drafts.test-support';
import { tasksPath } from '../flow/flow-paths';
import { invitePath } from '../mitwirken/invite-path';
import { renderPage } from '../mitwirken/invitation-pages.test-support';
import { IncomeOverviewPage } from './income-overview-page';

const noContrast = { rules: { 'color-contrast': { enabled: false } } };
const incomesPath = '/antrag/einnahmen';
const spouse = 'Maria Ørsted-Nguyễn';

/** The draft with the incomes not yet confirmed, so that the page asks for the confirmation. */
const unconfirmed = (draft: ApplicationDraft): ApplicationDraft => ({
  ...draft,
  answers: { ...draft.answers, incomes: { ...draft.answers.incomes, complete: false } },
});

function show(draft: ApplicationDraft) {
  const view = renderPage(<IncomeOverviewPage />, {
    path: incomesPath,
    at: incomesPath,
    draft: { initial: draft, context: sampleContext },
  });
  return { ...view, user: userEvent.setup() };
}

const confirm = () => screen.getByRole('button', { name: 'Ja, alle Einnahmen sind angegeben' });
const undeclared = `Geben Sie die Einnahmen von ${spouse} an oder dass ${spouse} keine Einnahmen hat.`;

describe('the income overview with a member’s own part', () => {
  it('shows the spouse’s incomes as entered by herself, with the sum, and the way to the invitation', async () => {
    const { container } = show(unconfirmed(familyWithSpousePart()));
    const section = screen.getByRole('region', { name: spouse });
    expect(within(section).getByText(`Von ${spouse} selbst eingetragen`)).toBeInTheDocument();
    expect(within(section).getByText(/^Einnahmen im Jahr: 9\.600,00\s€$/)).toBeInTheDocument();
    expect(
      within(section).getByRole('link', { name: `Einladung und Stand ansehen ${spouse}` }),
    ).toHaveAttribute('href', invitePath('s1'));
    // Nothing to type for her here: her incomes are hers to enter.
    expect(
      within(section).queryByRole('link', { name: /Einnahme von .* hinzufügen/ }),
    ).not.toBeInTheDocument();
    expect(within(section).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Einnahme von Ida Ørsted-Nguyễn hinzufügen' }),
    ).toBeInTheDocument();
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });

  it('takes the confirmation without asking for the spouse’s incomes', async () => {
    const { user, router } = show(unconfirmed(familyWithSpousePart()));
    await user.click(confirm());
    expect(await screen.findByTestId('elsewhere')).toHaveTextContent(tasksPath);
    expect(router.state.location.pathname).toBe(tasksPath);
  });

  it('still asks for them without her part (the same household, nothing typed for her)', async () => {
    const { user } = show(unconfirmed(declared(withoutSpouseEntries(familyDraft()))));
    expect(screen.queryByText(`Von ${spouse} selbst eingetragen`)).not.toBeInTheDocument();
    await user.click(confirm());
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: undeclared })).toBeInTheDocument();
  });
});
