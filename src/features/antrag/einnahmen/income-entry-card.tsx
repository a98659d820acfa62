import { Link } from 'react-router';
import type { IncomeEntryAnswers } from '../../../domain/application/draft-answers';
import { incomeTypeInfo } from '../../../domain/income/income-catalogue';
import { parentalAllowanceMonthlyBaseCents } from '../../../domain/income/income-countable-part';
import { formatMoney, type MoneyLocale } from '../../../domain/money/format-money';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { SummaryList, type SummaryListRow } from '../../../ui/summary-list';
import type { IncomeEntryFigures } from './income-entry-figures';
import { incomeMessages } from './income-messages';
import { incomeEntryPath } from './income-entry-path';

type Props = {
  entry: IncomeEntryAnswers;
  /** Undefined while the entry is incomplete. */
  figures: IncomeEntryFigures | undefined;
  personName: string;
  year: number;
  locale: MoneyLocale;
  onRemove: () => void;
};

export const entryAnchor = (entryId: string) => `income-entry-${entryId}`;

/**
 * One income as a GOV.UK summary card: the type as its heading, the amount as typed, the year's amount and
 * whether it counts (with the catalogue's reason), then "Ändern" and "Entfernen". Entfernen is a button, not a
 * link: it changes the draft at once (and the overview offers "Rückgängig").
 */
export function IncomeEntryCard({ entry, figures, personName, year, locale, onRemove }: Props) {
  const t = useMessages(incomeMessages);
  const localized = useLocalized();
  const money = (cents: number) => formatMoney(cents, locale);
  const info = entry.type ? incomeTypeInfo(entry.type) : undefined;
  const title = info ? localized(info.label) : t('entry.untitled');
  const context = t('entry.context', { type: title, name: personName });
  const rows: SummaryListRow[] = [];
  if (figures && info) {
    const { checked, countedCents } = figures;
    if (checked.type === 'other') rows.push({ key: t('row.description'), value: checked.description });
    const typed =
      checked.period === 'month'
        ? t('period.month', { amount: money(checked.amountCents), months: checked.months ?? 12 })
        : t(`period.${checked.period}`, { amount: money(checked.amountCents) });
    rows.push({ key: t('row.amount'), value: typed });
    rows.push({ key: t('row.annual', { year }), value: money(checked.annualCents) });
    const base = parentalAllowanceMonthlyBaseCents[checked.type];
    const counted =
      info.counts === 'no'
        ? t('counts.no')
        : base !== undefined
          ? t('counts.parental', {
              amount: money(countedCents),
              base: money(base),
              months: checked.months ?? 12,
            })
          : info.counts === 'partly'
            ? t('counts.partly', { amount: money(countedCents) })
            : info.needsClassification
              ? t('counts.provisional', { amount: money(countedCents) })
              : t('counts.yes', { amount: money(countedCents) });
    rows.push({
      key: t('row.counts'),
      value: (
        <>
          <p>{counted}</p>
          <p className="hint">{localized(info.explanation)}</p>
        </>
      ),
    });
  }
  return (
    <div className="income-entry">
      <h3 id={entryAnchor(entry.id)} tabIndex={-1}>
        {title}
      </h3>
      {rows.length > 0 ? <SummaryList rows={rows} /> : <p className="hint">{t('entry.incomplete')}</p>}
      <ul className="inline-list">
        <li>
          <Link to={incomeEntryPath(entry.id)}>
            {t('entry.change')} <span className="visually-hidden">{context}</span>
          </Link>
        </li>
        <li>
          <button type="button" className="link-button" onClick={onRemove}>
            {t('entry.remove')} <span className="visually-hidden">{context}</span>
          </button>
        </li>
      </ul>
    </div>
  );
}
