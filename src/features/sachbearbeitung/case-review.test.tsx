import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import type { CaseReviewState } from '../../api/contracts/case-review';
import { exampleApplication } from '../../documents/antrag/example-application.test-support';
import type { ReceiptJudgement } from '../../domain/case-review/receipt-mark';
import { reviewedLimit } from '../../domain/case-review/reviewed-limit';
import { renderUi } from '../../ui/test-providers';
import { DecisionPanel } from './decision-panel';
import { LimitComparison } from './limit-comparison';
import { ReceiptTable } from './receipt-table';

const noContrast = { rules: { 'color-contrast': { enabled: false } } };
const document = exampleApplication();
const limitOf = (judgements: ReadonlyMap<string, ReceiptJudgement>) => {
  const result = reviewedLimit(document, judgements);
  if (!result.ok) throw new Error(result.problem.message.en);
  return result.value;
};

const openState: CaseReviewState = {
  reference: 'ZB-2026-000042',
  status: 'in-bearbeitung',
  assignedTo: { id: 'cw-1', displayName: 'Anna Prüferin' },
  receiptMarks: [],
  incomeChecks: [],
  decision: null,
  documentRequests: [],
  uploads: [],
  letters: [],
  fourEyesAboveCents: 50_000,
  deleteOn: '2031-01-01',
};

describe('the limit comparison', () => {
  it('says that all figures match while nothing is left out', () => {
    const { container } = renderUi(
      <LimitComparison stated={document.calculation} recomputed={limitOf(new Map())} />,
    );
    expect(screen.getByText('Alle Werte stimmen mit dem Antrag überein.')).toBeInTheDocument();
    expect(container.querySelectorAll('.case-table__differs')).toHaveLength(0);
  });

  it('names each figure that differs once a receipt is left out, with both values', async () => {
    const recomputed = limitOf(new Map([['r41', { mark: 'notCountable', reason: 'Zahnersatz' }]]));
    const { container } = renderUi(<LimitComparison stated={document.calculation} recomputed={recomputed} />);
    const summary = screen.getByRole('status');
    expect(within(summary).getByText(/Abweichungen vom Antrag:/)).toBeInTheDocument();
    expect(
      within(summary).getByText(/^Angerechnete Zuzahlungen: im Antrag 503,50 €, neu berechnet 407,20 €$/),
    ).toBeInTheDocument();
    expect(within(summary).queryByText(/^Belastungsgrenze:/)).toBeNull();
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });
});

describe('the receipt judgements', () => {
  it('asks for a reason before leaving a receipt out, and saves the judgement with it', async () => {
    const user = userEvent.setup();
    const onMark = vi.fn().mockResolvedValue(undefined);
    const receipts = document.receipts.slice(0, 2);
    renderUi(
      <ReceiptTable
        receipts={receipts}
        personName={(id) => id}
        judgements={new Map()}
        onMark={onMark}
        fileButtons={() => null}
      />,
    );
    const [first] = screen.getAllByRole('combobox');
    if (!first) throw new Error('a judgement per receipt');
    await user.selectOptions(first, 'illegible');
    const form = first.closest('form');
    if (!form) throw new Error('a form per receipt');
    await user.click(within(form).getByRole('button', { name: 'Bewertung speichern' }));
    expect(onMark).not.toHaveBeenCalled();
    expect(
      within(form).getByText('Nennen Sie einen Grund mit mindestens 3 Zeichen. Er steht im Bescheid.'),
    ).toBeVisible();
    expect(within(form).getByLabelText('Grund (steht im Bescheid)')).toHaveFocus();
    await user.type(within(form).getByLabelText('Grund (steht im Bescheid)'), 'verwischt');
    await user.click(within(form).getByRole('button', { name: 'Bewertung speichern' }));
    expect(onMark).toHaveBeenCalledWith(receipts[0]?.id, { mark: 'illegible', reason: 'verwischt' });
    expect(await within(form).findByText('Gespeichert: unleserlich')).toBeInTheDocument();
  });

  it('shows judgements without controls once the case is decided, and the totals follow the judgements', () => {
    const receipts = document.receipts.slice(0, 2);
    const [left, kept] = receipts;
    if (!left || !kept) throw new Error('two receipts');
    renderUi(
      <ReceiptTable
        receipts={receipts}
        personName={(id) => id}
        judgements={new Map([[left.id, { mark: 'duplicate', reason: 'doppelt' }]])}
        onMark={undefined}
        fileButtons={() => null}
      />,
    );
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByText('doppelt', { selector: 'span' })).toBeInTheDocument();
    expect(screen.getByTestId('receipt-totals')).toHaveTextContent(
      `angerechnet ${(kept.amountCents / 100).toFixed(2).replace('.', ',')} €`,
    );
  });
});

describe('the decision', () => {
  it('refuses a rejection without a reason and a deadline under two weeks, each named in the error summary', async () => {
    const user = userEvent.setup();
    const onChanged = vi.fn();
    const { container } = renderUi(
      <DecisionPanel
        reference="ZB-2026-000042"
        state={openState}
        document={document}
        limit={limitOf(new Map())}
        caseworkerId="cw-1"
        today="2026-12-07"
        onChanged={onChanged}
      />,
    );
    // What approving would grant is said before saving.
    expect(
      screen.getByText('Befreit vom 30.06.2026 bis 31.12.2026. Erstattung 248,81 €.'),
    ).toBeInTheDocument();
    await user.click(screen.getByLabelText('Antrag ablehnen'));
    await user.click(screen.getByRole('button', { name: 'Entscheidung speichern' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Begründen Sie die Ablehnung mit mindestens 10 Zeichen.' }),
    ).toBeInTheDocument();
    expect((await axe.run(container, noContrast)).violations).toEqual([]);

    await user.click(screen.getByLabelText('Unterlagen anfordern'));
    await user.type(screen.getByLabelText('Welche Unterlagen? (eine pro Zeile)'), 'Rentenbescheid 2026');
    await user.type(screen.getByLabelText('Frist bis (TT.MM.JJJJ)'), '15.12.2026');
    await user.click(screen.getByRole('button', { name: 'Entscheidung speichern' }));
    await waitFor(() =>
      expect(
        screen.getAllByText('Geben Sie ein Datum mindestens 14 Tage nach heute ein, z. B. 04.01.2027.'),
      ).not.toHaveLength(0),
    );
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('shows a decision awaiting its second approval, and offers the approval only to another caseworker', () => {
    const awaiting: CaseReviewState = {
      ...openState,
      decision: {
        kind: 'approve',
        state: 'awaitingSecond',
        proposedBy: { id: 'cw-1', displayName: 'Anna Prüferin' },
        proposedAt: '2026-12-07T09:00:00Z',
        secondBy: null,
        secondAt: null,
        exemptFrom: '2026-06-30',
        exemptUntil: '2026-12-31',
        refundCents: 64_881,
        reason: null,
      },
    };
    const props = {
      reference: 'ZB-2026-000042',
      state: awaiting,
      document,
      limit: limitOf(new Map()),
      today: '2026-12-07',
      onChanged: () => undefined,
    };
    const own = renderUi(<DecisionPanel {...props} caseworkerId="cw-1" />);
    expect(
      screen.getByText('Sie haben vorgeschlagen. Eine andere Person muss freigeben.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Entscheidung freigeben' })).toBeNull();
    own.unmount();
    renderUi(<DecisionPanel {...props} caseworkerId="cw-2" />);
    expect(screen.getByRole('button', { name: 'Entscheidung freigeben' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Entscheidung speichern' })).toBeNull();
  });
});
