import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { applicationLimit } from '../../../domain/application/application-limit';
import { formatGermanDate } from '../../../domain/application/fields/german-date';
import { sampleContext, sampleDrafts } from '../../../domain/application/sample-drafts.test-support';
import { formatMoney } from '../../../domain/money/format-money';
import { LimitPanel } from './limit-panel';
import { renderWithDraft } from './limit-test-support';
import { checkApplication } from '../../../domain/application/check-application';

const money = (cents: number) => formatMoney(cents, 'de').replace(' ', '\u00a0');

/** The value beside the term that starts with `label`. */
const valueOf = (panel: HTMLElement, label: string) =>
  within(panel)
    .getAllByRole('term')
    .find((term) => term.textContent?.startsWith(label))?.nextElementSibling?.textContent;

describe('LimitPanel', () => {
  it('shows limit, paid, the refund and the date reached when more than the limit was paid', async () => {
    const draft = sampleDrafts.family();
    const { result } = applicationLimit(checkApplication(draft, sampleContext))!;
    expect(result.paidCents).toBeGreaterThan(result.limitCents);
    renderWithDraft(<LimitPanel />, draft, sampleContext);

    const panel = await screen.findByRole('complementary', { name: 'Ihre Belastungsgrenze' });
    expect(valueOf(panel, 'Belastungsgrenze 2026')).toBe(money(result.limitCents));
    expect(valueOf(panel, 'Bisher gezahlt')).toBe(money(result.paidCents));
    expect(valueOf(panel, 'Erstattung')).toBe(money(result.refundCents));
    expect(valueOf(panel, 'Erreicht am')).toBe(formatGermanDate(result.limitReachedOn!));
    expect(valueOf(panel, 'Noch bis zur Grenze')).toBeUndefined();
    expect(
      within(panel).getByRole('link', { name: 'So berechnen wir Ihre Belastungsgrenze' }),
    ).toHaveAttribute('href', '/antrag/belastungsgrenze');
  });

  it('shows what remains while the limit is not reached, and says when the figure is interim or provisional', async () => {
    const draft = { ...sampleDrafts.pensioner(), year: 2027 };
    const context = { year: 2027, referenceDate: '2027-03-01' };
    const limit = applicationLimit(checkApplication(draft, context))!;
    expect(limit.gaps).not.toEqual([]);
    renderWithDraft(<LimitPanel />, draft, context);

    const panel = await screen.findByRole('complementary', { name: 'Ihre Belastungsgrenze' });
    expect(valueOf(panel, 'Belastungsgrenze 2027 (vorläufig)')).toBe(money(limit.result.limitCents));
    expect(valueOf(panel, 'Noch bis zur Grenze')).toBe(money(limit.result.remainingCents));
    expect(valueOf(panel, 'Erstattung')).toBeUndefined();
    expect(within(panel).getByText('Zwischenergebnis: Es fehlen noch Angaben.')).toBeVisible();
    expect(within(panel).getByText(/Vorläufig: Die Rechengrößen für 2027/)).toBeVisible();
  });
});
