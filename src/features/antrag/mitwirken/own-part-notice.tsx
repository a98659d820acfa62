import { Link } from 'react-router';
import type { ApplicationDraft } from '../../../domain/application/application-draft';
import { useMessages } from '../../../i18n/feature-messages';
import { NotificationBanner } from '../../../ui/notification-banner';
import { memberMessages } from './member-messages';
import type { OwnPart } from './use-own-part';

type Props = { part: OwnPart; memberOf: NonNullable<ApplicationDraft['memberOf']> };

/** What the server says of the member's part: handed in, a change asked for, the session ended, or gone. */
export function OwnPartNotice({ part, memberOf }: Props) {
  const t = useMessages(memberMessages);
  const invitedBy = memberOf.invitedBy;
  switch (part.status) {
    case 'loading':
    case 'error':
      return null;
    case 'session':
      return (
        <NotificationBanner kind="warning" title={t('handIn.session.title')}>
          <p>{t('handIn.session.text')}</p>
          <p>
            <Link to={`/mitwirken/${memberOf.token}`}>{t('handIn.session.link')}</Link>
          </p>
        </NotificationBanner>
      );
    case 'gone':
      return (
        <NotificationBanner kind="warning" title={t('handIn.gone.title')}>
          <p>{t('handIn.gone.text')}</p>
        </NotificationBanner>
      );
    case 'ready':
      if (part.part.applicationSent)
        return (
          <NotificationBanner kind="info" title={t('handIn.sent.title')}>
            <p>{t('handIn.sent.text')}</p>
          </NotificationBanner>
        );
      if (part.part.state === 'handedIn')
        return (
          <NotificationBanner kind="success" title={t('handIn.done.title')}>
            <p>{t('handIn.done.text', { invitedBy })}</p>
          </NotificationBanner>
        );
      if (part.part.changeRequested)
        return (
          <NotificationBanner kind="info" title={t('handIn.changeRequested.title', { invitedBy })}>
            <p>{t('handIn.changeRequested.text')}</p>
          </NotificationBanner>
        );
      return null;
  }
}
