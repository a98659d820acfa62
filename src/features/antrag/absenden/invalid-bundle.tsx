import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { serviceInfoQuery } from '../../../api/service-info-query';
import { useMessages } from '../../../i18n/feature-messages';
import { NotificationBanner } from '../../../ui/notification-banner';
import { sendMessages } from './send-messages';
import { StatusQueryClient } from './status-query-client';

/**
 * The insurer refused the bundle as `bundle verify` would (422 submission.invalidBundle). The app built that
 * bundle itself, so this is our bug, not the applicant's: say that nothing was sent, and offer the phone, never
 * "check your answers and send again", which would fail the same way.
 */
export function InvalidBundle() {
  const t = useMessages(sendMessages);
  return (
    <NotificationBanner kind="error" title={t('send.invalid.title')} announce>
      <p>{t('send.invalid.nothingSent')}</p>
      <StatusQueryClient>
        <CallUs />
      </StatusQueryClient>
    </NotificationBanner>
  );
}

function CallUs() {
  const t = useMessages(sendMessages);
  const info = useQuery(serviceInfoQuery());
  if (!info.data)
    return (
      <p>
        {t('send.invalid.callNoPhone')} <Link to="/kontakt">{t('send.invalid.contact')}</Link>
      </p>
    );
  const { phone } = info.data;
  return (
    <p>
      {t('send.invalid.call')} <a href={`tel:${phone.replace(/\s/g, '')}`}>{phone}</a>
    </p>
  );
}
