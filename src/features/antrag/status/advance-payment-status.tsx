import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { SubmissionState } from '../../../api/contracts/submission';
import { serviceInfoQuery } from '../../../api/service-info-query';
import { formatMoney } from '../../../domain/money/format-money';
import { nextYearOfferMonth } from '../../../domain/vorauszahlung/advance-offer-years';
import { useMessages } from '../../../i18n/feature-messages';
import { useFormatDate } from '../../../i18n/format-date';
import { useI18n } from '../../../i18n/use-i18n';
import { NotificationBanner } from '../../../ui/notification-banner';
import { ExemptionCards } from '../ausweis/exemption-cards';
import { todayIso } from '../draft/clock';
import { TransferDetails } from '../ueberweisung/transfer-details';
import { advanceStatusMessages } from './advance-status-messages';
import { DemoPaymentControl } from './demo-payment-control';

/**
 * The advance payment on the status page (reference + Abrufcode): while the money is awaited, how to pay (the
 * transfer details with the GiroCode, or the day of the debit); once it arrived, the period and one card per
 * covered person; a returned debit ends the exemption and says why. From 1 October the next year's advance
 * payment is offered (docs/rules/rules.md § 7).
 */
export function AdvancePaymentStatus({ state }: { state: SubmissionState }) {
  const t = useMessages(advanceStatusMessages);
  const { language } = useI18n();
  const formatDate = useFormatDate();
  const payment = state.advancePayment;
  if (!payment) return null;
  const amount = formatMoney(payment.amountCents, language === 'en' ? 'en' : 'de');
  const { year } = payment;
  const cards = state.exemptions ?? [];
  const elsewhere = state.exemptedElsewhere ?? [];
  const today = todayIso();
  const offersNextYear =
    payment.state === 'eingegangen' && today >= `${year}-${String(nextYearOfferMonth).padStart(2, '0')}-01`;
  const first = cards[0];
  return (
    <section aria-labelledby="advance-status">
      <h2 id="advance-status">{t('title', { year })}</h2>
      {payment.state === 'erwartet' &&
        (payment.method === 'transfer' ? (
          <>
            <p>{t('waiting.transfer', { amount })}</p>
            <Transfer state={state} />
          </>
        ) : (
          <p>
            {t('waiting.directDebit', {
              amount,
              date: payment.debitOn ? formatDate(payment.debitOn, 'long') : '',
            })}
          </p>
        ))}
      {payment.state === 'eingegangen' && payment.receivedOn && first && (
        <>
          <p>
            {t('received', {
              amount,
              date: formatDate(payment.receivedOn, 'long'),
              from: formatDate(first.gueltigAb, 'long'),
              to: formatDate(first.gueltigBis, 'long'),
            })}
          </p>
          <p>{t('yearEnd', { year, next: year + 1 })}</p>
        </>
      )}
      {payment.state === 'zurueckgebucht' && (
        <NotificationBanner kind="error" title={t('returned.title')}>
          <p>
            {t('returned.text', {
              date: payment.returnedOn ? formatDate(payment.returnedOn, 'long') : '',
              amount,
              reason: payment.returnReason ? t(`reason.${payment.returnReason}`) : '',
            })}
          </p>
          <p>{t('returned.help')}</p>
        </NotificationBanner>
      )}
      <DemoPaymentControl state={state} />
      {cards.length > 0 && <ExemptionCards cards={cards} />}
      {elsewhere.length > 0 && (
        <>
          <p>{t('elsewhere.text')}</p>
          <ul className="bullets">
            {elsewhere.map((person) => (
              <li key={person.memberId}>{`${person.givenName} ${person.familyName}`}</li>
            ))}
          </ul>
        </>
      )}
      {offersNextYear && (
        <>
          <h3>{t('nextYear.title', { next: year + 1 })}</h3>
          <p>{t('nextYear.text', { next: year + 1 })}</p>
          <p>
            <Link to="/antrag/beginnen">{t('nextYear.link', { next: year + 1 })}</Link>
          </p>
        </>
      )}
    </section>
  );
}

function Transfer({ state }: { state: SubmissionState }) {
  const t = useMessages(advanceStatusMessages);
  const info = useQuery(serviceInfoQuery());
  if (!state.advancePayment) return null;
  if (info.isPending) return <p role="status">{t('bank.loading')}</p>;
  if (info.isError) return <p role="alert">{t('bank.failed')}</p>;
  return (
    <TransferDetails
      payment={state.advancePayment}
      reference={state.reference}
      bank={info.data.advancePayment}
      insurerName={info.data.insurerName}
    />
  );
}
