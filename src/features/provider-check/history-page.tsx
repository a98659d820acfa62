import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { fetchQueryHistory, providerHistoryKey } from '../../api/provider-check-client';
import { useMessages } from '../../i18n/feature-messages';
import { useFormatDate } from '../../i18n/format-date';
import { pluralKey } from '../../i18n/plural';
import { useI18n } from '../../i18n/use-i18n';
import { NotificationBanner } from '../../ui/notification-banner';
import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';
import { sessionHasEnded, useProvider } from './provider-layout';
import { queryMessages } from './query-messages';

/** The calendar day and clock time of a point in time, as it was in Germany. */
const berlinDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const berlinTime = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * "Ihre Abfragen" (issue 15): the provider's own queries, newest first, and today's count against the daily
 * limit. No patient data: the log holds none the provider could see (only an HMAC of the KVNR, never shown).
 */
export function HistoryPage() {
  const t = useMessages(queryMessages);
  const { t: core } = useI18n();
  usePageTitle(t('history.title'), core('app.name'));
  const { endSession } = useProvider();
  const formatDate = useFormatDate();
  const history = useQuery({ queryKey: providerHistoryKey, queryFn: fetchQueryHistory });
  const ended = history.isError && sessionHasEnded(history.error);
  useEffect(() => {
    if (ended) endSession('expired');
  }, [ended, endSession]);

  const when = (at: string) => {
    const date = new Date(at);
    return t('history.time', { date: formatDate(berlinDay.format(date)), time: berlinTime.format(date) });
  };

  return (
    <div className="page">
      <PageHeading>{t('history.title')}</PageHeading>
      <p className="lead">{t('history.lead')}</p>
      {history.isPending && <p role="status">{t('history.loading')}</p>}
      {history.isError && !ended && (
        <NotificationBanner kind="error" title={t('history.failed.title')}>
          <p>{t('history.failed.text')}</p>
          <button type="button" className="button" onClick={() => void history.refetch()}>
            {t('history.retry')}
          </button>
        </NotificationBanner>
      )}
      {history.data && (
        <>
          <p className="provider-count">
            <strong>
              {t(pluralKey('history.count', history.data.dailyLimit), {
                used: history.data.usedToday,
                limit: history.data.dailyLimit,
              })}
            </strong>
          </p>
          {history.data.entries.length === 0 ? (
            <p>{t('history.none')}</p>
          ) : (
            <table className="provider-table">
              <caption className="visually-hidden">{t('history.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('history.at')}</th>
                  <th scope="col">{t('history.serviceDate')}</th>
                  <th scope="col">{t('history.consent')}</th>
                  <th scope="col">{t('history.answered')}</th>
                  <th scope="col">{t('history.via')}</th>
                </tr>
              </thead>
              <tbody>
                {history.data.entries.map((entry, index) => (
                  <tr key={`${entry.at}-${index}`}>
                    <td data-label={t('history.at')}>{when(entry.at)}</td>
                    <td data-label={t('history.serviceDate')}>{formatDate(entry.serviceDate)}</td>
                    <td data-label={t('history.consent')}>{t(`consent.${entry.consent}`)}</td>
                    <td data-label={t('history.answered')}>
                      {t(entry.answered === 'befreit' ? 'answer.befreit' : 'answer.nichtBefreit')}
                    </td>
                    <td data-label={t('history.via')}>{t(`history.via.${entry.via}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
