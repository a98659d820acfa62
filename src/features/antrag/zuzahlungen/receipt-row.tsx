import { Link } from 'react-router';
import type { ReceiptEntryAnswers } from '../../../domain/application/draft-answers';
import type { CheckedReceipt } from '../../../domain/application/steps/receipt-steps';
import { formatMoney, type MoneyLocale } from '../../../domain/money/format-money';
import { paymentCategories } from '../../../domain/zuzahlung/payment-category';
import type { ReceiptWarning } from '../../../domain/zuzahlung/receipt-warnings';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { formatCalendarDate } from '../../../i18n/format-date';
import { pluralKey } from '../../../i18n/plural';
import { receiptMessages } from './receipt-messages';
import { pagePath } from '../flow/flow-paths';

type Props = {
  entry: ReceiptEntryAnswers;
  /** Undefined while the receipt is incomplete. */
  checked: CheckedReceipt | undefined;
  personName: string;
  /** False when the kind of payment or the person does not count toward the limit. */
  counts: boolean;
  warnings: readonly ReceiptWarning[];
  locale: MoneyLocale;
  onRemove: () => void;
};

export const receiptAnchor = (receiptId: string) => `receipt-${receiptId}`;

/**
 * One receipt in the ledger, compact enough for hundreds of them and readable at 320 px: date and amount first,
 * then who, what and where, its warnings, and "Ändern" / "Entfernen" (a button: it changes the draft at once,
 * and the ledger offers "Rückgängig").
 */
export function ReceiptRow({ entry, checked, personName, counts, warnings, locale, onRemove }: Props) {
  const t = useMessages(receiptMessages);
  const localized = useLocalized();
  const date = checked
    ? checked.kind === 'summary' && checked.periodFrom !== undefined
      ? t('row.period', {
          from: formatCalendarDate(checked.periodFrom, locale),
          to: formatCalendarDate(checked.countsOn, locale),
        })
      : formatCalendarDate(checked.countsOn, locale)
    : (entry.date ?? entry.periodTo ?? '') || t('row.untitled');
  const amount = checked ? formatMoney(checked.amountCents, locale) : (entry.amount ?? '');
  const context = t('row.context', { date, amount });
  const category = entry.category ? localized(paymentCategories[entry.category].label) : '';
  return (
    <li className="receipt-row" id={receiptAnchor(entry.id)} tabIndex={-1}>
      <p className="receipt-row__head">
        <span>{date}</span> <strong>{amount}</strong>
        {checked === undefined && <span className="receipt-row__tag"> ({t('row.incomplete')})</span>}
        {checked !== undefined && !counts && (
          <span className="receipt-row__tag"> ({t('row.notCounted')})</span>
        )}
      </p>
      <p className="receipt-row__detail">
        {[personName, category, entry.provider]
          .filter((part) => part !== undefined && part !== '')
          .join(' · ')}
        {(entry.fileIds?.length ?? 0) > 0 && (
          <>
            {' '}
            · {t(pluralKey('row.files', entry.fileIds?.length ?? 0), { count: entry.fileIds?.length ?? 0 })}
          </>
        )}
      </p>
      {warnings.map((warning) => (
        <p key={warning.code} className="receipt-row__warning">
          <strong>{t('entry.warnings')}:</strong> {localized(warning.message)}
        </p>
      ))}
      <ul className="inline-list">
        <li>
          <Link to={pagePath('receipts.entry', { receiptId: entry.id })}>
            {t('row.change')} <span className="visually-hidden">{context}</span>
          </Link>
        </li>
        <li>
          <button type="button" className="link-button" onClick={onRemove}>
            {t('row.remove')} <span className="visually-hidden">{context}</span>
          </button>
        </li>
      </ul>
    </li>
  );
}
