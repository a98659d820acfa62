import { screen } from '@testing-library/react';
import { checkApplication } from '../../../domain/application/check-application';
import { describe, expect, it } from 'vitest';
import type { ApplicationDraft } from '../../../domain/application/application-draft';
import { pensionerDraft, sampleContext } from '../../../domain/application/sample-drafts.test-support';
import { IncomeSummary } from './income-summary';
import { renderUi } from '../../../ui/test-providers';

const complete = { status: 'complete' as const, missing: [] };

/** The pensioner, with the Kindergeld she was never asked a proof for. */
function withChildBenefit(): ApplicationDraft {
  const draft = pensionerDraft();
  const entries = draft.answers.incomes?.entries ?? [];
  return {
    ...draft,
    answers: {
      ...draft.answers,
      incomes: {
        complete: true,
        entries: [
          ...entries,
          { id: 'i-kg', memberId: 'applicant', type: 'childBenefit', amount: '255', period: 'month' },
        ],
      },
    },
  };
}

describe('IncomeSummary', () => {
  it('says that an income that does not count needs no proof, and still asks it of one that counts', () => {
    renderUi(
      <IncomeSummary checked={checkApplication(withChildBenefit(), sampleContext)} state={complete} />,
    );
    expect(
      screen.getByText(/255,00 € im Monat, 12 Monate: 3\.060,00 € im Jahr \(kein Nachweis nötig\)/),
    ).toBeInTheDocument();
    expect(screen.getByText(/1\.450,00 € im Monat.*\(Nachweis per Post\)/)).toBeInTheDocument();
    expect(screen.queryByText(/unvollständig/)).not.toBeInTheDocument();
  });

  it('speaks English when English is chosen', () => {
    renderUi(
      <IncomeSummary checked={checkApplication(withChildBenefit(), sampleContext)} state={complete} />,
      {
        language: 'en',
      },
    );
    expect(
      screen.getByText(/€255\.00 a month, 12 months: €3,060\.00 a year \(no proof needed\)/),
    ).toBeInTheDocument();
  });
});
