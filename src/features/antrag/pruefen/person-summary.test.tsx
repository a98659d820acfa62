import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ApplicationDraft } from '../../../domain/application/application-draft';
import { pensionerDraft, sampleContext } from '../../../domain/application/sample-drafts.test-support';
import { kvnrCheckDigit } from '../../../domain/identifiers/kvnr';
import { PersonSummary } from './person-summary';
import { renderUi } from '../../../ui/test-providers';

const withKvnr = (kvnr: string): ApplicationDraft => {
  const draft = pensionerDraft();
  return { ...draft, answers: { ...draft.answers, person: { ...draft.answers.person, kvnr } } };
};

const kvnrRow = () => {
  const term = screen.getByText('Krankenversichertennummer', { selector: 'dt' });
  if (term.parentElement === null) throw new Error('no KVNR row');
  return term.parentElement;
};

describe('PersonSummary', () => {
  const valid = `E12345678${kvnrCheckDigit('E12345678')}`;

  it('shows a KVNR typed in lower case with spaces in capitals without spaces', () => {
    const typed = ` e 1234 5678 ${valid.slice(-1)} `;
    renderUi(<PersonSummary draft={withKvnr(typed)} context={sampleContext} />);
    expect(within(kvnrRow()).getByText(valid)).toBeInTheDocument();
  });

  it('shows an invalid KVNR normalised as well, marked as incomplete', () => {
    renderUi(<PersonSummary draft={withKvnr('e 1234 567')} context={sampleContext} />);
    const value = within(kvnrRow());
    expect(value.getByText(/^E1234567/)).toBeInTheDocument();
    expect(value.queryByText(/e 1234/)).not.toBeInTheDocument();
    expect(value.getByText('unvollständig')).toBeInTheDocument();
  });
});
