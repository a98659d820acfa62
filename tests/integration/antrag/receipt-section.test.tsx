import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Answers, ReceiptEntryAnswers } from '../../../src/domain/application/draft-answers';
import { endWizardSession, startWithDraft } from './start-wizard';

afterEach(endWizardSession);

const year = 2026;

// Erika lives alone on a pension of 1.450 € a month: 17.400 € × 2 % = 348,00 € (rules.md § 3).
const erika: Answers = {
  person: { givenName: 'Erika', familyName: 'Mustermann', birthDate: '3.2.1951' },
  household: { members: [], complete: true },
  welfare: { kind: 'none' },
  incomes: {
    entries: [
      { id: 'i1', memberId: 'applicant', type: 'pension', amount: '1.450', period: 'month', proof: 'post' },
    ],
    complete: true,
  },
};
const receipt = (id: string, date: string, category: ReceiptEntryAnswers['category'], amount: string) => ({
  id,
  kind: 'single' as const,
  memberId: 'applicant',
  date,
  category,
  provider: 'Löwen-Apotheke',
  amount,
});

const ledgerHeading = () => screen.findByRole('heading', { level: 1, name: 'Zuzahlungen' });
const totals = () => screen.getByRole('region', { name: 'Bisher angerechnet' });

describe('Zuzahlungen', { timeout: 30_000 }, () => {
  it('saves a receipt and starts the next one prefilled, with the date focused and the total updated', async () => {
    const user = userEvent.setup();
    await startWithDraft(user, year, erika);
    await user.click(screen.getByRole('link', { name: /Zuzahlungen/ }));
    await ledgerHeading();
    // What does not count is explained before anything is typed.
    expect(screen.getByText('Diese Kosten zählen nicht')).toBeInTheDocument();
    expect(within(totals()).getByText('Ihre Belastungsgrenze: 348,00 €')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Beleg hinzufügen' }));
    await screen.findByRole('heading', { level: 1, name: 'Beleg erfassen' });
    await user.type(screen.getByLabelText('Datum der Zahlung'), '4.3.2026');
    await user.selectOptions(screen.getByLabelText('Art der Zahlung'), 'Arzneimittel');
    await user.type(screen.getByLabelText('Apotheke, Praxis, Klinik oder Fahrdienst'), 'Löwen-Apotheke');
    await user.type(screen.getByLabelText('Gezahlter Betrag'), '7,50');
    // Enter presses the first button: "Speichern und weiteren Beleg erfassen".
    await user.keyboard('{Enter}');

    await screen.findByRole('heading', { level: 1, name: 'Beleg erfassen' });
    await expect.poll(() => document.activeElement?.id).toBe('f-date');
    expect(screen.getByLabelText('Datum der Zahlung')).toHaveValue('');
    expect(screen.getByLabelText('Art der Zahlung')).toHaveValue('medicine');
    expect(screen.getByLabelText('Apotheke, Praxis, Klinik oder Fahrdienst')).toHaveValue('Löwen-Apotheke');
    await user.type(screen.getByLabelText('Datum der Zahlung'), '11.3.2026');
    await user.type(screen.getByLabelText('Gezahlter Betrag'), '10');
    await user.click(screen.getByRole('button', { name: 'Speichern und zur Übersicht' }));

    await ledgerHeading();
    expect(within(totals()).getByText('Angerechnete Zuzahlungen: 17,50 €')).toBeInTheDocument();
    expect(within(totals()).getByText('Bis zur Grenze fehlen noch 330,50 €.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '2 Belege' })).toBeInTheDocument();
  });

  it('warns about a likely duplicate and an impossible amount, but keeps the receipt as entered', async () => {
    const user = userEvent.setup();
    await startWithDraft(user, year, {
      ...erika,
      receipts: { entries: [receipt('r1', '4.3.2026', 'medicine', '5,00')] },
    });
    await user.click(screen.getByRole('link', { name: /Zuzahlungen/ }));
    await ledgerHeading();
    await user.click(screen.getByRole('link', { name: 'Beleg hinzufügen' }));
    await screen.findByRole('heading', { level: 1, name: 'Beleg erfassen' });
    await user.type(screen.getByLabelText('Datum der Zahlung'), '4.3.2026');
    await user.type(screen.getByLabelText('Gezahlter Betrag'), '5,00');
    expect(await screen.findByText(/Möglicherweise doppelt/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Gezahlter Betrag'));
    await user.type(screen.getByLabelText('Gezahlter Betrag'), '3');
    expect(await screen.findByText(/3,00 € ist als Zuzahlung ungewöhnlich/)).toBeInTheDocument();
    expect(screen.queryByText(/Möglicherweise doppelt/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Speichern und zur Übersicht' }));

    await ledgerHeading();
    // Counted as entered: 5,00 € + 3,00 €; the warning stays beside the receipt.
    expect(within(totals()).getByText('Angerechnete Zuzahlungen: 8,00 €')).toBeInTheDocument();
    expect(screen.getByText(/3,00 € ist als Zuzahlung ungewöhnlich/)).toBeInTheDocument();
  });

  it('undoes "Entfernen": the receipt comes back in its place and takes focus', async () => {
    const user = userEvent.setup();
    await startWithDraft(user, year, {
      ...erika,
      receipts: {
        entries: [
          receipt('r1', '4.3.2026', 'medicine', '5,00'),
          receipt('r2', '5.4.2026', 'remedies', '14,80'),
          receipt('r3', '6.5.2026', 'medicine', '10,00'),
        ],
      },
    });
    await user.click(screen.getByRole('link', { name: /Zuzahlungen/ }));
    // A person acts once the new page has taken focus (a frame after it renders); on a busy machine the test
    // would otherwise click before that frame and race the layout's focus move.
    await waitFor(() => expect(document.activeElement).toBe(document.getElementById('page-heading')));
    await ledgerHeading();
    await user.click(
      screen.getByRole('button', { name: 'Entfernen Beleg vom 05.04.2026 über 14,80\u00a0€' }),
    );
    const banner = await screen.findByText('Der Beleg vom 05.04.2026 über 14,80 € wurde entfernt.');
    await waitFor(() => expect(document.activeElement).toContainElement(banner));
    expect(within(totals()).getByText('Angerechnete Zuzahlungen: 15,00 €')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rückgängig' }));
    expect(within(totals()).getByText('Angerechnete Zuzahlungen: 29,80 €')).toBeInTheDocument();
    const rows = within(screen.getByRole('list', { name: 'Erfasste Belege, nach Datum' }))
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('receipt-row'));
    expect(rows.map((row) => row.querySelector('.receipt-row__head span')?.textContent)).toEqual([
      '04.03.2026',
      '05.04.2026',
      '06.05.2026',
    ]);
    expect(document.activeElement).toBe(rows[1]);
  });

  it('says from which day the limit is reached and what is refundable', async () => {
    const user = userEvent.setup();
    await startWithDraft(user, year, {
      ...erika,
      receipts: {
        entries: [
          receipt('r1', '10.2.2026', 'hospital', '280,00'),
          receipt('r2', '3.7.2026', 'medicine', '10,00'),
          {
            ...receipt('r3', '', 'medicine', '75,00'),
            kind: 'summary',
            periodFrom: '1.1.2026',
            periodTo: '30.6.2026',
          },
        ],
      },
    });
    await user.click(screen.getByRole('link', { name: /Zuzahlungen/ }));
    await ledgerHeading();
    // 280 € (10.2.) + 75 € summary counting on 30.6. = 355 € ≥ 348 €; refund 355 + 10 − 348 = 17 €.
    expect(
      screen.getByText(
        /Mit der Zahlung vom 30.06.2026 haben Sie Ihre Belastungsgrenze von 348,00 € erreicht/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Zu viel gezahlt und erstattungsfähig: 17,00 €.')).toBeInTheDocument();
    expect(screen.getByText('01.01.2026 bis 30.06.2026 (zählt am 30.06.2026)')).toBeInTheDocument();
  });

  it('needs no receipts for next year’s advance payment, and waits for the household otherwise', async () => {
    const user = userEvent.setup();
    const { router } = await startWithDraft(user, year + 1, erika);
    await user.click(screen.getByRole('link', { name: /Zuzahlungen/ }));
    await ledgerHeading();
    expect(screen.getByRole('heading', { name: 'Keine Belege nötig' })).toBeInTheDocument();
    expect(screen.getByText(/Vorauszahlung/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Beleg hinzufügen' })).not.toBeInTheDocument();

    await router.navigate('/antrag/jahr');
    await user.click(await screen.findByLabelText(new RegExp(`^${year} –`)));
    await user.click(screen.getByRole('button', { name: 'Speichern und weiter' }));
    await screen.findByRole('heading', { level: 1, name: 'Ihr Antrag' });
    await router.navigate('/antrag/zuzahlungen');
    expect(await screen.findByRole('heading', { name: 'Zuerst der Haushalt' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zum Haushalt' })).toHaveAttribute('href', '/antrag/haushalt');
  });
});
