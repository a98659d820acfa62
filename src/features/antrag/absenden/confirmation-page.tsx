import { useMemo } from 'react';
import { Link, Navigate } from 'react-router';
import type { ApplicationDraft } from '../../../domain/application/application-draft';
import type { StepContext } from '../../../domain/application/steps/step-context';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import type { SubmissionReceiptRecord } from '../../../storage/pending-submission';
import { usePageTitle } from '../../../ui/use-page-title';
import { useDraft } from '../draft/draft-context';
import { confirmationDocuments } from './confirmation-documents';
import { ConfirmationDownloads } from './confirmation-downloads';
import { CoverSheet } from './cover-sheet';
import { useDocumentBuilder } from './document-builder';
import { formatReceivedDate, formatReceivedTime } from './format-received';
import { sendMessages } from './send-messages';
import { sendPagePath, statusPath } from './send-paths';
import { AbrufcodeText, AccessData } from './access-data';
import { useReceipt } from './use-receipt';
import './send.css';

/** "Antrag gesendet" (GOV.UK confirmation): the reference, what happens next, the files and the postal route. */
export function ConfirmationPage() {
  const { draft, context } = useDraft();
  const t = useMessages(sendMessages);
  const state = useReceipt();
  if (!draft || !context) return <Navigate to="/antrag" replace />;
  if (state.status === 'none') return <Navigate to={state.pending ? sendPagePath : '/antrag'} replace />;
  if (state.status === 'loading' || state.status === 'failed')
    return (
      <p className="page" role="status">
        {state.status === 'failed' ? t('confirm.missing') : ''}
      </p>
    );
  return <Confirmation draft={draft} context={context} receipt={state.receipt} />;
}

function Confirmation({
  draft,
  context,
  receipt,
}: {
  draft: ApplicationDraft;
  context: StepContext;
  receipt: SubmissionReceiptRecord;
}) {
  const t = useMessages(sendMessages);
  const { language, t: core } = useI18n();
  const { loadFileBytes } = useDraft();
  const builder = useDocumentBuilder();
  usePageTitle(t('confirm.title'), core('app.name'));
  const lang = language === 'en' ? 'en' : 'de';
  // Rebuilt only when the receipt or the language changes, not with every render of the page.
  const documents = useMemo(
    () => confirmationDocuments({ draft, context, receipt, language: lang, builder, loadFileBytes }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [receipt, lang, builder],
  );
  const content = documents.content;
  return (
    <div className="page confirmation-page">
      <div className="confirmation-panel">
        <h1 id="page-heading" tabIndex={-1}>
          {t('confirm.title')}
        </h1>
        <p>
          {t('confirm.reference')}
          <strong className="confirmation-panel__reference">{receipt.reference}</strong>
        </p>
        {receipt.abrufcode && (
          <p>
            {t('confirm.code.label')}
            <strong className="confirmation-panel__code" translate="no">
              <AbrufcodeText code={receipt.abrufcode} />
            </strong>
          </p>
        )}
      </div>
      {receipt.abrufcode && <AccessData reference={receipt.reference} abrufcode={receipt.abrufcode} />}
      <p>
        {t('confirm.received', {
          date: formatReceivedDate(receipt.receivedAt, language),
          time: formatReceivedTime(receipt.receivedAt, language),
        })}
      </p>
      <p>{t('confirm.quote')}</p>
      <h2>{t('confirm.next.title')}</h2>
      <ul className="bullets">
        <li>{t('confirm.next.review')}</li>
        <li>{t('confirm.next.card')}</li>
        <li>{t('confirm.next.refund')}</li>
      </ul>
      <p>
        <Link to={statusPath}>{t('confirm.statusLink')}</Link>
      </p>
      <ConfirmationDownloads documents={documents} reference={receipt.reference} />
      <section aria-labelledby="post-title">
        <h2 id="post-title">{t('confirm.post.title')}</h2>
        {!content || content.toSendByPost.length === 0 ? (
          <p>{t('confirm.post.none')}</p>
        ) : (
          <>
            <p>{t('confirm.post.intro')}</p>
            <CoverSheet content={content} reference={receipt.reference} />
            <button type="button" className="button button--secondary" onClick={() => window.print()}>
              {t('confirm.post.print')}
            </button>
          </>
        )}
      </section>
    </div>
  );
}
