import { Link, Navigate } from 'react-router';
import { submissionProblemCodes } from '../../../api/contracts/submission';
import { useMessages } from '../../../i18n/feature-messages';
import { formatInstantDate } from '../../../i18n/format-date';
import { pluralKey } from '../../../i18n/plural';
import { useI18n } from '../../../i18n/use-i18n';
import { formatFileSize } from '../../../ui/format-file-size';
import { NotificationBanner } from '../../../ui/notification-banner';
import { PageHeading } from '../../../ui/page-heading';
import { usePageTitle } from '../../../ui/use-page-title';
import { useDraft } from '../draft/draft-context';
import { submissionMessages } from '../draft/submission-messages';
import { InvalidBundle } from './invalid-bundle';
import { progressText } from './send-progress-text';
import { sendMessages } from './send-messages';
import { checkPagePath, confirmationPath, draftsPath, statusLookupAddress } from './send-paths';
import type { SendPhase, SendSummary } from './send-state';
import { useSendApplication } from './use-send-application';
import './send.css';

/** "Antrag senden": what goes out and how big it is, then one button; progress and failures in words. */
export function SendPage() {
  // The layout shows this page only with an open draft (layout/open-draft-layout.tsx).
  return <SendApplication />;
}

function SendApplication() {
  const t = useMessages(sendMessages);
  const { t: core } = useI18n();
  const { storeKind, submission } = useDraft();
  const s = useMessages(submissionMessages);
  const { language } = useI18n();
  usePageTitle(t('send.title'), core('app.name'));
  const { phase, summary, resumed, send } = useSendApplication();
  if (phase.kind === 'notReady') return <Navigate to={checkPagePath} replace />;
  if (phase.kind === 'sent') return <Navigate to={confirmationPath} replace />;
  const canSend =
    ['ready', 'sending', 'failed', 'timedOut', 'storageFailed'].includes(phase.kind) && summary !== undefined;
  const again = phase.kind === 'failed' || phase.kind === 'timedOut';
  return (
    <div className="page send-page">
      <PageHeading>{t('send.title')}</PageHeading>
      {resumed && (
        <NotificationBanner kind="info" title={t('send.resumed.title')}>
          <p>{t('send.resumed.text')}</p>
        </NotificationBanner>
      )}
      <Problem phase={phase} />
      {/* Once the insurer has the application, "what will be sent" would promise a sending that never comes. */}
      {summary && phase.kind !== 'alreadySubmitted' && <Summary summary={summary} />}
      {canSend && <p>{t(storeKind === 'device' ? 'send.onDevice' : 'send.onVisit')}</p>}
      {/* A prepared bundle waits a limited time (ADR 0016): the applicant sees until when. */}
      {canSend && submission?.state === 'pending' && (
        <p>
          {s('readOnly.pending.text', {
            date: formatInstantDate(submission.until, language, 'long'),
          })}
        </p>
      )}
      {/* One polite live region for every step, so screen readers hear progress without losing their place. */}
      <p role="status" className="send-page__status">
        {phase.kind === 'preparing' && t('send.preparing')}
        {phase.kind === 'sending' && progressText(t, phase.progress)}
      </p>
      {canSend && (
        <button
          type="button"
          className="button"
          disabled={phase.kind === 'sending'}
          onClick={() => void send()}
        >
          {again ? t('send.retryButton') : t('send.button')}
        </button>
      )}
      <p>
        <Link to={checkPagePath}>{t('send.backToCheck')}</Link>
      </p>
    </div>
  );
}

function Summary({ summary }: { summary: SendSummary }) {
  const t = useMessages(sendMessages);
  const { language } = useI18n();
  const { attachments } = summary.document;
  const size = formatFileSize(summary.bytes, language);
  const receipts = attachments.filter((attachment) => attachment.purpose === 'receipt').length;
  const others = attachments.length - receipts;
  const count = attachments.length;
  return (
    <>
      <p className="lead">
        {count === 0
          ? t('send.sizeNone', { size })
          : count === 1
            ? t('send.sizeOne', { size })
            : t('send.size', { count, size })}
      </p>
      <h2>{t('send.whatTitle')}</h2>
      <ul className="bullets">
        <li>{t('send.what.pdf')}</li>
        <li>{t('send.what.data')}</li>
        {receipts > 0 && <li>{t(pluralKey('send.what.receipts', receipts), { count: receipts })}</li>}
        {others > 0 && <li>{t(pluralKey('send.what.other', others), { count: others })}</li>}
      </ul>
    </>
  );
}

function Problem({ phase }: { phase: SendPhase }) {
  const t = useMessages(sendMessages);
  switch (phase.kind) {
    case 'prepareFailed':
      return (
        <NotificationBanner kind="error" title={t('send.prepareFailed')} announce>
          <p>{t('send.prepareFailedText')}</p>
        </NotificationBanner>
      );
    case 'failed':
      return (
        <NotificationBanner kind="error" title={t('send.failed.title')} announce>
          <p>{t('send.failed.text')}</p>
        </NotificationBanner>
      );
    case 'timedOut':
      return (
        <NotificationBanner kind="error" title={t('send.timedOut.title')} announce>
          <p>{t('send.timedOut.text')}</p>
        </NotificationBanner>
      );
    case 'alreadySubmitted':
      // No button to send again: the insurer would refuse it the same way. A further application is a choice
      // the applicant makes on the drafts page.
      return (
        <NotificationBanner kind="error" title={t('send.already.title')} announce>
          <p>{t('send.already.text')}</p>
          <p>
            {t('send.already.code')} <Link to={statusLookupAddress}>{t('send.already.status')}</Link>
          </p>
          <p>
            {t('send.already.further')} <Link to={draftsPath}>{t('send.already.drafts')}</Link>
          </p>
          <p>
            {t('send.already.noCode')} <Link to="/kontakt">{t('send.invalid.contact')}</Link>
          </p>
        </NotificationBanner>
      );
    case 'storageFailed':
      return (
        <NotificationBanner kind="error" title={t('send.storageFailed.title')} announce>
          <p>{t('send.storageFailed.text')}</p>
        </NotificationBanner>
      );
    case 'refused':
      if (phase.code === submissionProblemCodes.invalidBundle) return <InvalidBundle files={phase.paths} />;
      return (
        <NotificationBanner kind="error" title={t('send.refused.title')} announce>
          <p>
            {phase.code === submissionProblemCodes.tooLarge
              ? t('send.refused.tooLarge')
              : phase.code === submissionProblemCodes.memberPartUnknown
                ? t('send.refused.memberPart')
                : t('send.refused.other', { title: phase.title })}
          </p>
          <p>{t('send.refused.text')}</p>
          <p>
            <Link to={checkPagePath}>{t('send.backToCheck')}</Link>
          </p>
        </NotificationBanner>
      );
    default:
      return null;
  }
}
