import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { caseQueueQuery } from '../../api/caseworker-queue-query';
import type { CaseQueueItem, caseSortKeys } from '../../api/contracts/caseworker-queue';
import { formatMoney } from '../../domain/money/format-money';
import { useMessages } from '../../i18n/feature-messages';
import { formatInstantDate } from '../../i18n/format-date';
import { pluralKey } from '../../i18n/plural';
import { useI18n } from '../../i18n/use-i18n';
import { NotificationBanner } from '../../ui/notification-banner';
import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';
import { useCaseworker } from './caseworker-layout';
import { QueueFilters } from './queue-filters';
import { isFiltered, queueParams, queueStateFrom, type QueueState } from './queue-state';
import { sachbearbeitungMessages, type SachbearbeitungMessageKey } from './sachbearbeitung-messages';
import { bundleFilePath, casePath } from './sachbearbeitung-paths';

type SortKey = (typeof caseSortKeys)[number];

const sortColumns: Record<SortKey, SachbearbeitungMessageKey> = {
  received: 'queue.col.received',
  year: 'queue.col.year',
  householdSize: 'queue.col.householdSize',
  claimed: 'queue.col.claimed',
};

/**
 * The queue (/sachbearbeitung): submitted applications, searched, filtered, sorted and paged on the server. The
 * state lives in the address. Each row opens by its reference link; a case someone else has says who.
 */
export function QueuePage() {
  const t = useMessages(sachbearbeitungMessages);
  const { t: core, language } = useI18n();
  usePageTitle(t('queue.title'), core('app.name'));
  const { session, endSession } = useCaseworker();
  const [params, setParams] = useSearchParams();
  const state = queueStateFrom(params);
  const queue = useQuery(caseQueueQuery(state));
  const unauthenticated = queue.error instanceof ApiError && queue.error.status === 401;
  useEffect(() => {
    if (unauthenticated) endSession('expired');
  }, [unauthenticated, endSession]);

  const apply = (next: QueueState) => setParams(queueParams(next));
  const sortBy = (key: SortKey) =>
    apply({
      ...state,
      sort: key,
      order: state.sort === key && state.order === 'desc' ? 'asc' : 'desc',
      page: 1,
    });
  const thisYear = new Date().getFullYear();
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
  const data = queue.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'de-DE');

  const sortHeader = (key: SortKey) => {
    const sorted = state.sort === key;
    return (
      <th scope="col" aria-sort={sorted ? (state.order === 'asc' ? 'ascending' : 'descending') : undefined}>
        <button type="button" className="queue-sort" onClick={() => sortBy(key)}>
          {t(sortColumns[key])}
          <span aria-hidden="true">{sorted ? (state.order === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <div className="page">
      <PageHeading>{t('queue.title')}</PageHeading>
      <p>
        <Link to={bundleFilePath}>{t('queue.openFile')}</Link>
      </p>
      <QueueFilters key={params.toString()} state={state} years={years} onApply={apply} />
      <p role="status">
        {queue.isFetching
          ? t('queue.loading')
          : data
            ? `${t(pluralKey('queue.count', data.total), { count: number.format(data.total) })}. ${t('queue.page', { page: number.format(data.page), pages: number.format(pages) })}`
            : ''}
      </p>
      {queue.isError && !unauthenticated && (
        <NotificationBanner kind="error" title={t('queue.failed')} announce>
          <p>{t('queue.failedText')}</p>
          <button type="button" className="button" onClick={() => void queue.refetch()}>
            {t('queue.retry')}
          </button>
        </NotificationBanner>
      )}
      {data && data.items.length === 0 && (
        <p>{isFiltered(state) ? t('queue.emptyFiltered') : t('queue.empty')}</p>
      )}
      {data && data.items.length > 0 && (
        // A table wider than a phone scrolls sideways: its scroll area must be reachable by keyboard (WCAG 2.1.1,
        // axe's scrollable-region-focusable), and is named by the table's caption. jsx-a11y's rule does not know
        // scroll containers: a focusable scrolling region is the documented exception.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div className="queue-table-wrapper" role="region" aria-labelledby="queue-table-caption" tabIndex={0}>
          <table className="queue-table">
            <caption id="queue-table-caption">
              {t('queue.table.caption', {
                column: t(sortColumns[state.sort]),
                order: t(`queue.order.${state.order}`),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('queue.col.reference')}</th>
                <th scope="col">{t('queue.col.applicationId')}</th>
                {sortHeader('received')}
                {sortHeader('year')}
                {sortHeader('householdSize')}
                {sortHeader('claimed')}
                <th scope="col">{t('queue.col.status')}</th>
                <th scope="col">{t('queue.col.flags')}</th>
                <th scope="col">{t('queue.col.assigned')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((item) => (
                <QueueRow key={item.reference} item={item} myId={session.caseworker.id} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && data.total > 0 && (
        <nav className="queue-paging" aria-label={t('queue.paging')}>
          {data.page > 1 && (
            <Link to={`?${queueParams({ ...state, page: data.page - 1 }).toString()}`}>
              {t('queue.previous')}
            </Link>
          )}
          <p>{t('queue.page', { page: number.format(data.page), pages: number.format(pages) })}</p>
          {data.page < pages && (
            <Link to={`?${queueParams({ ...state, page: data.page + 1 }).toString()}`}>
              {t('queue.next')}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}

function QueueRow({ item, myId }: { item: CaseQueueItem; myId: string }) {
  const t = useMessages(sachbearbeitungMessages);
  const { language } = useI18n();
  const locale = language === 'en' ? 'en' : 'de';
  return (
    <tr>
      <th scope="row">
        <Link to={casePath(item.reference)}>{item.reference}</Link>
      </th>
      <td>{item.applicationId}</td>
      <td>{formatInstantDate(item.receivedAt, language)}</td>
      <td>{item.year}</td>
      <td className="queue-table__number">{item.householdSize}</td>
      <td className="queue-table__number">{formatMoney(item.claimedCents, locale)}</td>
      <td>{t(`queue.status.${item.status}`)}</td>
      <td>
        {item.flags.length === 0 ? (
          t('queue.flags.none')
        ) : (
          <ul className="queue-flags">
            {item.flags.map((flag) => (
              <li key={flag}>{t(`queue.flag.${flag}`)}</li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {item.assignedTo === null
          ? t('queue.assigned.none')
          : item.assignedTo.id === myId
            ? t('queue.assigned.me')
            : t('queue.assigned.other', { name: item.assignedTo.displayName })}
      </td>
    </tr>
  );
}
