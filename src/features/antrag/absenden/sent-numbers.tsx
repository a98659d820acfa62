import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import type { SubmissionReceiptRecord } from '../../../storage/pending-submission';
import { statusMessages } from '../status/status-messages';
import { applicationIdFor } from './application-id';
import { formatReceivedDate, formatReceivedTime } from './format-received';

/**
 * The insurer's reference (ZB-…) and the application number printed on the Antrag (ZBA-…) side by side, with
 * the time it was received in Germany: the caseworker finds the case by either number.
 */
export function SentNumbers({ receipt }: { receipt: SubmissionReceiptRecord }) {
  const t = useMessages(statusMessages);
  const { language } = useI18n();
  const received = `${formatReceivedDate(receipt.receivedAt, language)}, ${formatReceivedTime(receipt.receivedAt, language)}`;
  return (
    <dl className="summary-list sent-numbers">
      <div>
        <dt>{t('status.referenceLabel')}</dt>
        <dd translate="no">{receipt.reference}</dd>
      </div>
      <div>
        <dt>{t('status.applicationIdLabel')}</dt>
        <dd translate="no">{applicationIdFor(receipt.draftId)}</dd>
      </div>
      <div>
        <dt>{t('status.sentLabel')}</dt>
        <dd>{received}</dd>
      </div>
    </dl>
  );
}
