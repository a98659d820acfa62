import { useQuery } from '@tanstack/react-query';
import { Link, Navigate } from 'react-router';
import { submissionStatusQuery } from '../../../api/submission-status-query';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { NotificationBanner } from '../../../ui/notification-banner';
import { PageHeading } from '../../../ui/page-heading';
import { statusMessages } from '../status/status-messages';
import { StatusSteps } from '../status/status-steps';
import { usePageTitle } from '../../../ui/use-page-title';
import { SentNumbers } from './sent-numbers';
import { StatusQueryClient } from './status-query-client';
import { useReceipt } from './use-receipt';

/** The public lookup: for receipts kept before the insurer issued codes, and for other devices. */
export const statusLookupPath = '/status';

/** "Bearbeitungsstand" of the open draft's application, with the reference and Abrufcode kept on this device. */
export function StatusPage() {
  const t = useMessages(statusMessages);
  const { t: core } = useI18n();
  usePageTitle(t('status.title'), core('app.name'));
  const state = useReceipt();
  if (state.status === 'none' && state.pending) return <Navigate to="/antrag/absenden" replace />;
  const receipt = state.status === 'found' ? state.receipt : undefined;
  return (
    <div className="page">
      <PageHeading>{t('status.title')}</PageHeading>
      {receipt ? (
        <>
          <SentNumbers receipt={receipt} />
          {receipt.abrufcode ? (
            <StatusQueryClient>
              <Status reference={receipt.reference} abrufcode={receipt.abrufcode} />
            </StatusQueryClient>
          ) : (
            <>
              <p>{t('status.noCode')}</p>
              <p>
                <Link to={statusLookupPath}>{t('status.lookupLink')}</Link>
              </p>
            </>
          )}
        </>
      ) : (
        state.status !== 'loading' && <p>{t('status.noReceipt')}</p>
      )}
      <p>
        <Link to="/antrag">{t('status.back')}</Link>
      </p>
    </div>
  );
}

function Status({ reference, abrufcode }: { reference: string; abrufcode: string }) {
  const t = useMessages(statusMessages);
  const query = useQuery(submissionStatusQuery(reference, abrufcode));
  if (query.isPending) return <p role="status">{t('status.loading')}</p>;
  if (query.isError)
    return (
      <NotificationBanner kind="error" title={t('status.failed')} announce>
        <button type="button" className="button button--secondary" onClick={() => void query.refetch()}>
          {t('status.retry')}
        </button>
      </NotificationBanner>
    );
  return <StatusSteps state={query.data} access={{ abrufcode, refresh: () => query.refetch() }} />;
}
