import { screen, within } from '@testing-library/react';
import { checkApplication } from '../../../domain/application/check-application';
import { describe, expect, it } from 'vitest';
import type { ApplicationDraft } from '../../../domain/application/application-draft';
import type { ReceiptEntryAnswers } from '../../../domain/application/draft-answers';
import { pensionerDraft, sampleContext } from '../../../domain/application/sample-drafts.test-support';
import { ReceiptSummary } from './receipt-summary';
import { renderUi } from '../../../ui/test-providers';

const complete = { status: 'complete' as const, missing: [] };

const notCounting = (id: string, category: ReceiptEntryAnswers['category'], amount: string) => ({
  id,
  kind: 'single' as const,
  memberId: 'applicant',
  date: '12.5.2026',
  category,
  provider: 'Zahnarztpraxis Dr. Weiß',
  amount,
});

/** The pensioner's 12 pharmacy receipts (90,00 € that count) and two payments that are no Zuzahlung. */
function withNonCountingReceipts(): ApplicationDraft {
  const draft = pensionerDraft();
  const entries = draft.answers.receipts?.entries ?? [];
  return {
    ...draft,
    answers: {
      ...draft.answers,
      receipts: {
        complete: true,
        entries: [
          ...entries,
          notCounting('r-dentures', 'dentures', '100,00'),
          notCounting('r-igel', 'igel', '25,50'),
        ],
      },
    },
  };
}

const row = (key: string) => {
  const term = screen.getByText(key, { selector: 'dt' });
  const item = term.parentElement;
  if (item === null) throw new Error(`no row ${key}`);
  return item;
};

describe('ReceiptSummary', () => {
  it('shows the counted and the not-counted receipts apart, per person and in total', () => {
    renderUi(
      <ReceiptSummary
        checked={checkApplication(withNonCountingReceipts(), sampleContext)}
        state={complete}
      />,
    );
    const erika = row('Erika Mustermann');
    expect(within(erika).getByText('14 Belege, zusammen 215,50 €')).toBeInTheDocument();
    expect(
      within(erika).getByText('Davon angerechnet: 90,00 €. Nicht angerechnet: 125,50 €.'),
    ).toBeInTheDocument();
    expect(within(row('Angerechnete Zuzahlungen')).getByText('90,00 €')).toBeInTheDocument();
    const notCounted = row('Erfasst, aber nicht angerechnet');
    expect(within(notCounted).getByText('125,50 €')).toBeInTheDocument();
    expect(within(notCounted).getByText(/keine gesetzliche Zuzahlung/)).toBeInTheDocument();
  });

  it('says that nothing is left out when every receipt counts', () => {
    renderUi(<ReceiptSummary checked={checkApplication(pensionerDraft(), sampleContext)} state={complete} />);
    expect(within(row('Erika Mustermann')).queryByText(/Davon angerechnet/)).not.toBeInTheDocument();
    expect(within(row('Angerechnete Zuzahlungen')).getByText('90,00 €')).toBeInTheDocument();
    const notCounted = row('Erfasst, aber nicht angerechnet');
    expect(within(notCounted).getByText('0,00 €')).toBeInTheDocument();
    expect(within(notCounted).queryByText(/keine gesetzliche Zuzahlung/)).not.toBeInTheDocument();
  });

  it('speaks English when English is chosen', () => {
    renderUi(
      <ReceiptSummary
        checked={checkApplication(withNonCountingReceipts(), sampleContext)}
        state={complete}
      />,
      {
        language: 'en',
      },
    );
    expect(screen.getByText('Counted: €90.00. Not counted: €125.50.')).toBeInTheDocument();
    expect(within(row('Co-payments counted')).getByText('€90.00')).toBeInTheDocument();
    expect(within(row('Entered but not counted')).getByText('€125.50')).toBeInTheDocument();
  });
});
