import { useMemo } from 'react';
import { Link, Navigate } from 'react-router';
import type { AntragContent } from '../../../documents/antrag/antrag-content';
import { antragContentFromApplication } from '../../../documents/antrag/antrag-content-from-application';
import { formatMoney } from '../../../domain/money/format-money';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { formatCalendarDate } from '../../../i18n/format-date';
import type { SubmissionReceiptRecord } from '../../../storage/pending-submission';
import { usePageTitle } from '../../../ui/use-page-title';
import { useDraft } from '../draft/draft-context';
import { applicationIdFor } from './application-id';
import type { ConfirmationDocuments } from './confirmation-documents';
import { ConfirmationDownloads } from './confirmation-downloads';
import { CoverSheet } from './cover-sheet';
import { formatReceivedDate, formatReceivedTime } from './format-received';
import { signingFor } from './prepare-documents';
import { sendMessages } from './send-messages';
import { sendPagePath, statusPath } from './send-paths';
import { AbrufcodeText, AccessData } from './access-data';
import { useConfirmationDocuments } from './use-confirmation-documents';
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
  return <SentConfirmation receipt={state.receipt} />;
}

function SentConfirmation({ receipt }: { receipt: SubmissionReceiptRecord }) {
  const { language } = useI18n();
  const loaded = useConfirmationDocuments(receipt);
  const lang = language === 'en' ? 'en' : 'de';
  const documents = loaded.status === 'ready' ? loaded.documents : undefined;
  // The cover sheet and the refund come from the application as sent; made again only when the language changes.
  const content = useMemo(() => {
    const document = documents?.document;
    if (!document) return undefined;
    const made = antragContentFromApplication(document, lang, signingFor(document));
    return made.ok ? made.value : undefined;
  }, [documents, lang]);
  return (
    <Confirmation
      receipt={receipt}
      applicationId={documents?.document?.applicationId ?? applicationIdFor(receipt.draftId)}
      documents={documents}
      content={content}
    />
  );
}

/**
 * The page itself: the reference and the application number side by side, the refund the applicant's answers
 * give, what happens next, the files as sent and the cover sheet for what goes by post.
 */
export function Confirmation({
  receipt,
  applicationId,
  documents,
  content,
}: {
  receipt: SubmissionReceiptRecord;
  applicationId: string;
  /** Undefined while the kept bundle is being read. */
  documents: ConfirmationDocuments | undefined;
  content: AntragContent | undefined;
}) {
  const t = useMessages(sendMessages);
  const { language, t: core } = useI18n();
  usePageTitle(t('confirm.title'), core('app.name'));
  const lang = language === 'en' ? 'en' : 'de';
  const refundCents = content?.calculation.output.refundCents;
  return (
    <div className="page confirmation-page">
      <div className="confirmation-panel">
        <h1 id="page-heading" tabIndex={-1}>
          {t('confirm.title')}
        </h1>
        <dl className="confirmation-panel__numbers">
          <div>
            <dt>{t('confirm.reference')}</dt>
            <dd translate="no">
              <strong className="confirmation-panel__reference">{receipt.reference}</strong>
            </dd>
          </div>
          <div>
            <dt>{t('confirm.applicationId')}</dt>
            <dd translate="no">
              <strong className="confirmation-panel__reference">{applicationId}</strong>
            </dd>
          </div>
        </dl>
        {receipt.abrufcode && (
          <p>
            {t('confirm.code.label')}
            <strong className="confirmation-panel__code" translate="no">
              <AbrufcodeText code={receipt.abrufcode} />
            </strong>
          </p>
        )}
      </div>
      <p>{t('confirm.numbers.hint')}</p>
      {receipt.abrufcode && <AccessData reference={receipt.reference} abrufcode={receipt.abrufcode} />}
      <p>
        {t('confirm.received', {
          date: formatReceivedDate(receipt.receivedAt, language),
          time: formatReceivedTime(receipt.receivedAt, language),
        })}
      </p>
      <p>{t('confirm.quote')}</p>
      {content?.advancePayment && (
        <section aria-labelledby="advance-title">
          <h2 id="advance-title">{t('confirm.advance.title')}</h2>
          <p>
            {content.advancePayment.mandate
              ? t('confirm.advance.directDebit', {
                  amount: formatMoney(content.advancePayment.amountCents, lang),
                  date: formatCalendarDate(content.advancePayment.mandate.debitOn, language, 'long'),
                })
              : t('confirm.advance.transfer', {
                  amount: formatMoney(content.advancePayment.amountCents, lang),
                })}
          </p>
          <p>{t('confirm.advance.after')}</p>
          <p>
            <Link to={statusPath}>{t('confirm.advance.link')}</Link>
          </p>
        </section>
      )}
      {content && !content.advancePayment && refundCents !== undefined && (
        <section aria-labelledby="refund-title">
          <h2 id="refund-title">{t('confirm.refund.title')}</h2>
          <p>
            {refundCents > 0
              ? t('confirm.refund.amount', { amount: formatMoney(refundCents, lang) })
              : t('confirm.refund.none')}
          </p>
          {refundCents > 0 && content.provisional && (
            <p>{t('confirm.refund.provisional', { year: content.year })}</p>
          )}
        </section>
      )}
      <h2>{t('confirm.next.title')}</h2>
      <ul className="bullets">
        <li>{t('confirm.next.review')}</li>
        <li>{t('confirm.next.card')}</li>
        <li>{t('confirm.next.refund')}</li>
      </ul>
      <p>
        <Link to={statusPath}>{t('confirm.statusLink')}</Link>
      </p>
      {documents ? (
        <ConfirmationDownloads documents={documents} reference={receipt.reference} />
      ) : (
        <p role="status">{t('confirm.downloads.busy')}</p>
      )}
      <section aria-labelledby="post-title">
        <h2 id="post-title">{t('confirm.post.title')}</h2>
        {!content || content.toSendByPost.length === 0 ? (
          <p>{documents ? t('confirm.post.none') : ''}</p>
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
