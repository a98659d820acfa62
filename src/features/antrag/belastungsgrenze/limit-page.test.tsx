import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { ApplicationDraft } from '../../../domain/application/application-draft';
import { applicationLimit } from '../../../domain/application/application-limit';
import { formatGermanDate } from '../../../domain/application/fields/german-date';
import { sampleContext, sampleDrafts } from '../../../domain/application/sample-drafts.test-support';
import type { StepContext } from '../../../domain/application/steps/step-context';
import { incomeTypeInfo } from '../../../domain/income/income-catalogue';
import { formatMoney } from '../../../domain/money/format-money';
import { LimitPage } from './limit-page';
import { renderWithDraft } from './limit-test-support';
import { checkApplication } from '../../../domain/application/check-application';

// Expected values always come from the rule engine itself; the page shows amounts with a no-break space.
const money = (cents: number) => formatMoney(cents, 'de').replace(' ', '\u00a0');

const expectedFor = (draft: ApplicationDraft, context: StepContext = sampleContext) => {
  const limit = applicationLimit(checkApplication(draft, context));
  if (!limit) throw new Error('no limit for the sample');
  const names = new Map(
    checkApplication(draft, context).people.map((person) => [person.id, person.name ?? '']),
  );
  return { ...limit, nameOf: (id: string) => names.get(id) ?? '' };
};

/** The amount in the row whose header starts with `label`. */
function valueIn(table: HTMLElement, label: string): string {
  const header = within(table)
    .getAllByRole('rowheader')
    .find((cell) => cell.textContent?.startsWith(label));
  if (!header) throw new Error(`no row "${label}"`);
  return header.closest('tr')?.querySelector('td')?.textContent ?? '';
}

const table = (name: RegExp) => screen.getByRole('table', { name });

describe.each(Object.entries(sampleDrafts))('LimitPage for the %s household', (_, make) => {
  it('shows the arithmetic exactly as applicationLimit computes it', async () => {
    const draft = make();
    const { result, nameOf } = expectedFor(draft);
    renderWithDraft(<LimitPage />, draft, sampleContext);

    expect(await screen.findByRole('heading', { level: 1, name: 'Ihre Belastungsgrenze' })).toBeVisible();
    const calculation = table(/Berechnung der Belastungsgrenze für 2026/);
    expect(valueIn(calculation, 'Ihre Belastungsgrenze 2026')).toBe(money(result.limitCents));
    expect(valueIn(calculation, 'Zu berücksichtigende Einnahmen')).toBe(money(result.assessableIncomeCents));
    expect(within(calculation).getByText(result.explanation.rate.de)).toBeVisible();
    expect(valueIn(calculation, `Davon ${result.ratePercent}\u00a0%`)).toBe(`× ${result.ratePercent} %`);
    for (const deduction of result.deductions) {
      const label = deduction.kind === 'child' ? 'Kinderfreibetrag für' : 'Freibetrag für';
      expect(valueIn(calculation, `${label} ${nameOf(deduction.memberId)}`)).toBe(
        `− ${money(deduction.amountCents)}`,
      );
    }

    const payments = table(/Zuzahlungen im Vergleich mit der Belastungsgrenze/);
    expect(valueIn(payments, 'Bisher gezahlt')).toBe(money(result.paidCents));
    expect(valueIn(payments, 'Erstattung')).toBe(money(result.refundCents));
    expect(valueIn(payments, 'Bis zur Belastungsgrenze fehlen noch')).toBe(money(result.remainingCents));
    expect(valueIn(payments, 'Belastungsgrenze erreicht am')).toBe(
      result.limitReachedOn === null ? 'noch nicht erreicht' : formatGermanDate(result.limitReachedOn),
    );
    expect(screen.queryByRole('region', { name: 'Zwischenergebnis' })).toBeNull();
    expect(screen.queryByText(/vorläufig/)).toBeNull();
  });

  it('lists the cumulative sum at the end of every month beside the chart', async () => {
    const draft = make();
    const { timeline, result } = expectedFor(draft);
    renderWithDraft(<LimitPage />, draft, sampleContext);

    expect(
      await screen.findByRole('img', {
        name: /^Zuzahlungen im Lauf des Jahres 2026 Durchgezogene Treppenlinie/,
      }),
    ).toBeVisible();
    const sums = table(/Summe der Zuzahlungen am Ende jedes Monats/);
    const months = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September'];
    const all = [...months, 'Oktober', 'November', 'Dezember'];
    all.forEach((month, index) => {
      const mm = String(index + 1).padStart(2, '0');
      const upToMonth = timeline.filter((entry) => entry.date.slice(5, 7) <= mm);
      const expected = upToMonth.length === 0 ? 0 : Math.max(...upToMonth.map((entry) => entry.runningCents));
      expect(valueIn(sums, `${month} 2026`)).toBe(money(expected));
    });
    const reached =
      result.limitReachedOn === null
        ? 'Die Summe bleibt unter der Belastungsgrenze.'
        : `Die Summe erreicht die Belastungsgrenze am ${formatGermanDate(result.limitReachedOn)}.`;
    expect(screen.getByText(reached)).toBeVisible();
  });
});

describe('LimitPage', () => {
  it('shows each income of a counted member, and what does not count with the reason', async () => {
    const draft = sampleDrafts.family();
    draft.answers.incomes?.entries?.push({
      id: 'i4',
      memberId: 's1',
      type: 'housingBenefit',
      amount: '150,00',
      period: 'month',
      proof: 'post',
    });
    const { result } = expectedFor(draft);
    renderWithDraft(<LimitPage />, draft, sampleContext);

    const applicant = await screen.findByRole('table', { name: 'Einnahmen von Łukasz Ğüneş Ørsted-Nguyễn' });
    expect(
      within(applicant)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([money(4_080_000), money(170_000), money(4_250_000)]);
    const spouse = table(/Einnahmen von Maria Ørsted-Nguyễn/);
    expect(
      within(spouse).getByText(`Zählt nicht: ${incomeTypeInfo('housingBenefit').explanation.de}`),
    ).toBeVisible();
    expect(valueIn(spouse, 'Wohngeld')).toBe(`${money(180_000)}nicht gezählt`);
    expect(valueIn(spouse, 'Davon zählen')).toBe(money(960_000));
    expect(valueIn(table(/Berechnung/), 'Bruttoeinnahmen des Haushalts')).toBe(
      money(result.grossIncomeCents),
    );
    expect(screen.getByText('Jan Ørsted-Nguyễn: keine Einnahmen angegeben.')).toBeVisible();
  });

  it('explains who counts and, under the flat rule, shows 12 × Regelbedarfsstufe 1 instead of incomes', async () => {
    const draft = sampleDrafts.buergergeld();
    const { result } = expectedFor(draft);
    renderWithDraft(<LimitPage />, draft, sampleContext);

    const members = await screen.findByRole('region', { name: 'Wer mitzählt' });
    expect(within(members).getByText('Tom Krüger: zählt mit.')).toBeVisible();
    for (const member of result.explanation.members)
      expect(within(members).getByText(member.text.de)).toBeVisible();
    expect(
      screen.getByText(/Bürgergeld.*Dann zählen die tatsächlichen Einnahmen nicht\..*Regelbedarfsstufe 1/),
    ).toBeVisible();
    expect(valueIn(table(/Berechnung/), '12 × Regelbedarfsstufe 1 (563,00\u00a0€ im Monat)')).toBe(
      money(result.grossIncomeCents),
    );
  });

  it('says the result is an interim one while the draft has gaps, and links to the task list', async () => {
    const draft = sampleDrafts.pensioner();
    draft.answers.receipts?.entries?.push({ id: 'bad', kind: 'single', amount: 'viel' });
    const { gaps } = expectedFor(draft);
    renderWithDraft(<LimitPage />, draft, sampleContext);

    const notice = await screen.findByRole('region', { name: 'Zwischenergebnis' });
    expect(gaps).toHaveLength(1);
    expect(within(notice).getByRole('link', { name: 'Ein unvollständiger Beleg' })).toHaveAttribute(
      'href',
      '/antrag/zuzahlungen/beleg/bad',
    );
    expect(
      within(notice).getByRole('link', { name: 'Fehlende Angaben in „Ihr Antrag“ ergänzen' }),
    ).toHaveAttribute('href', '/antrag');
    expect(screen.getAllByRole('link', { name: 'Zurück zu „Ihr Antrag“' })[0]).toHaveAttribute(
      'href',
      '/antrag',
    );
  });

  it('labels the figures of a year not yet published as provisional', async () => {
    const draft = { ...sampleDrafts.pensioner(), year: 2027 };
    const context = { year: 2027, referenceDate: '2027-03-01' };
    const { result } = expectedFor(draft, context);
    expect(result.provisional).toBe(true);
    renderWithDraft(<LimitPage />, draft, context);

    expect(await screen.findByRole('region', { name: 'Vorläufige Werte' })).toBeVisible();
    const calculation = table(/Berechnung der Belastungsgrenze für 2027 \(vorläufig\)/);
    expect(valueIn(calculation, 'Ihre Belastungsgrenze 2027 (vorläufig)')).toBe(money(result.limitCents));
    expect(screen.getByRole('heading', { name: 'Rechengrößen für 2027 (vorläufig)' })).toBeVisible();
  });

  it('speaks English when English is chosen', async () => {
    const draft = sampleDrafts.family();
    const { result } = expectedFor(draft);
    renderWithDraft(<LimitPage />, draft, sampleContext, { language: 'en' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Your co-payment limit' })).toBeVisible();
    const calculation = table(/Calculation of the limit for 2026/);
    expect(valueIn(calculation, 'Your limit for 2026')).toBe(formatMoney(result.limitCents, 'en'));
    expect(within(calculation).getByText(result.explanation.rate.en)).toBeVisible();
  });

  it('has no accessibility violations that axe can find, and no inline styles (CSP)', async () => {
    const draft = sampleDrafts.family();
    draft.answers.receipts?.entries?.push({ id: 'bad', kind: 'single', amount: 'viel' });
    const { container } = renderWithDraft(
      <main>
        <LimitPage />
      </main>,
      draft,
      sampleContext,
    );
    await screen.findByRole('heading', { level: 1 });
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations.map((violation) => ({
        id: violation.id,
        nodes: violation.nodes.map((n) => n.html),
      })),
    ).toEqual([]);
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });
});
