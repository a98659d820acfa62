import { Link } from 'react-router';
import type { ApplicationLimit } from '../../../domain/application/application-limit';
import { formatMoney, type MoneyLocale } from '../../../domain/money/format-money';
import { useMessages } from '../../../i18n/feature-messages';
import { formatCalendarDate } from '../../../i18n/format-date';
import { NotificationBanner } from '../../../ui/notification-banner';
import { receiptMessages } from './receipt-messages';

type Props = { limit: ApplicationLimit; notCountedCents: number; locale: MoneyLocale };

/**
 * The running total beside the ledger, from the rule engine (the same figures as the limit page and the CLI): what
 * counts so far, the limit and what is left; once the limit is reached, from which date and what is refundable
 * (§ 62 Abs. 1 S. 1 SGB V).
 */
export function ReceiptTotals({ limit, notCountedCents, locale }: Props) {
  const t = useMessages(receiptMessages);
  const money = (cents: number) => formatMoney(cents, locale);
  const { result, gaps } = limit;
  const reached = result.limitReachedOn;
  return (
    <>
      {reached !== null && (
        <NotificationBanner kind="success" title={t('reached.title')}>
          <p>
            {t('reached.text', {
              date: formatCalendarDate(reached, locale),
              limit: money(result.limitCents),
            })}
          </p>
          <p>
            {result.refundCents > 0
              ? t('reached.refund', { amount: money(result.refundCents) })
              : t('reached.noRefund')}
          </p>
        </NotificationBanner>
      )}
      <section className="receipt-totals" aria-labelledby="receipt-totals-title">
        <h2 id="receipt-totals-title">{t('total.title')}</h2>
        {/* Polite live region: the total follows every added or removed receipt (WCAG 4.1.3). */}
        <div aria-live="polite">
          <p className="receipt-totals__sum">{t('total.counted', { amount: money(result.paidCents) })}</p>
          {notCountedCents > 0 && <p>{t('total.notCounted', { amount: money(notCountedCents) })}</p>}
          <p>{t('total.limit', { amount: money(result.limitCents) })}</p>
          {reached === null && <p>{t('total.remaining', { amount: money(result.remainingCents) })}</p>}
        </div>
        {gaps.length > 0 && <p className="hint">{t('total.interim')}</p>}
        {result.provisional && <p className="hint">{t('total.provisional', { year: result.year })}</p>}
        <p>
          <Link to={'/antrag/belastungsgrenze'}>{t('total.explain')}</Link>
        </p>
      </section>
    </>
  );
}
