import { useQuery } from '@tanstack/react-query';
import { Link, Navigate } from 'react-router';
import { submissionStatusOrder, type SubmissionState } from '../../../api/contracts/submission';
import { submissionStatusQuery } from '../../../api/submission-status-query';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { NotificationBanner } from '../../../ui/notification-banner';
import { PageHeading } from '../../../ui/page-heading';
import { usePageTitle } from '../../../ui/use-page-title';
import { formatReceivedDate } from './format-received';
import { sendMessages } from './send-messages';
import { StatusQueryClient } from './status-query-client';
import { useReceipt } from './use-receipt';
import './send.css';

/** "Bearbeitungsstand": eingegangen → in Bearbeitung → entschieden, the current step marked in words. */
export function StatusPage() {
  const t = useMessages(sendMessages);
  const { t: core } = useI18n();
  usePageTitle(t('status.title'), core('app.name'));
  const state = useReceipt();
  if (state.status === 'none' && state.pending) return <Navigate to="/antrag/absenden" replace />;
  return (
    <div className="page">
      <PageHeading>{t('status.title')}</PageHeading>
      {state.status === 'found' ? (
        <StatusQueryClient>
          <p>{t('status.reference', { reference: state.receipt.reference })}</p>
          <Status reference={state.receipt.reference} />
        </StatusQueryClient>
      ) : (
        state.status !== 'loading' && <p>{t('status.noReceipt')}</p>
      )}
      <p>
        <Link to="/antrag">{t('status.back')}</Link>
      </p>
    </div>
  );
}

function Status({ reference }: { reference: string }) {
  const t = useMessages(sendMessages);
  const query = useQuery(submissionStatusQuery(reference));
  if (query.isPending) return <p role="status">{t('status.loading')}</p>;
  if (query.isError)
    return (
      <NotificationBanner kind="error" title={t('status.failed')} announce>
        <button type="button" className="button button--secondary" onClick={() => void query.refetch()}>
          {t('status.retry')}
        </button>
      </NotificationBanner>
    );
  return <Steps state={query.data} />;
}

function Steps({ state }: { state: SubmissionState }) {
  const t = useMessages(sendMessages);
  const { language } = useI18n();
  const current = submissionStatusOrder.indexOf(state.status);
  const dateOf = (index: number): string | undefined => {
    if (index === 0) return state.receivedAt;
    if (index === 2 && state.decision) return state.decision.decidedAt;
    return index === current ? state.updatedAt : undefined;
  };
  return (
    <>
      <h2 id="status-steps-title">{t('status.steps')}</h2>
      <ol className="status-steps" aria-labelledby="status-steps-title">
        {submissionStatusOrder.map((status, index) => {
          const date = index <= current ? dateOf(index) : undefined;
          const where =
            index < current ? 'status.done' : index === current ? 'status.current' : 'status.open';
          return (
            <li key={status} {...(index === current ? { 'aria-current': 'step' as const } : {})}>
              {t(`status.step.${status}`)}
              {date && ` ${t('status.on', { date: formatReceivedDate(date, language) })}`} {t(where)}
            </li>
          );
        })}
      </ol>
      {state.decision && <p>{t(`status.decision.${state.decision.outcome}`)}</p>}
    </>
  );
}
