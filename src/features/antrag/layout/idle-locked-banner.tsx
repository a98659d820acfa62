import { useMessages } from '../../../i18n/feature-messages';
import { NotificationBanner } from '../../../ui/notification-banner';
import { submissionMessages } from '../draft/submission-messages';

/** Why the unlock page is shown after an idle lock; loads with that page, not with the wizard. */
export function IdleLockedBanner() {
  const s = useMessages(submissionMessages);
  return (
    <div className="page">
      <NotificationBanner kind="info" title={s('idle.lockedTitle')}>
        <p>{s('idle.locked')}</p>
      </NotificationBanner>
    </div>
  );
}
