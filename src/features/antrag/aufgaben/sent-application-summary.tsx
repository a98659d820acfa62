import { Link } from 'react-router';
import { useMessages } from '../../../i18n/feature-messages';
import { NotificationBanner } from '../../../ui/notification-banner';
import { confirmationPath, statusPath } from '../absenden/send-paths';
import { SentNumbers } from '../absenden/sent-numbers';
import { useReceipt } from '../absenden/use-receipt';
import { sentApplicationMessages } from './sent-application-messages';

/**
 * On the task list of a sent draft: that it is sent, with the reference, the application number and the date,
 * and where to follow it. The sections stay visible but read-only (the layout's guard, ADR 0016); a further
 * application for the year is the separate, explicit "Weiteren Antrag stellen".
 */
export function SentApplicationSummary({ reference }: { reference: string }) {
  const t = useMessages(sentApplicationMessages);
  const state = useReceipt();
  return (
    <NotificationBanner kind="success" title={t('sent.title')}>
      <p>{t('sent.text')}</p>
      {state.status === 'found' ? <SentNumbers receipt={state.receipt} /> : <p translate="no">{reference}</p>}
      <ul className="bullets">
        <li>
          <Link to={statusPath}>{t('sent.status')}</Link>
        </li>
        <li>
          <Link to={confirmationPath}>{t('sent.confirmation')}</Link>
        </li>
      </ul>
    </NotificationBanner>
  );
}
