import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { serviceInfoQuery } from '../../../api/service-info-query';
import { displayName } from '../../../documents/bundle/display-name';
import { defineMessages, useMessages } from '../../../i18n/feature-messages';
import { NotificationBanner } from '../../../ui/notification-banner';
import { sendMessages } from './send-messages';
import { StatusQueryClient } from './status-query-client';

const fileMessages = defineMessages(
  {
    'invalid.files': 'Die Prüfung hat diese Dateien beanstandet. Nennen Sie sie uns bitte am Telefon:',
    'invalid.archive': 'die Paketdatei selbst',
  },
  {
    'invalid.files': 'The check found fault with these files. Please tell us their names on the phone:',
    'invalid.archive': 'the bundle file itself',
  },
);

/**
 * The insurer refused the bundle as `bundle verify` would (422 submission.invalidBundle). The app built that
 * bundle itself, so this is our bug, not the applicant's: say that nothing was sent, and offer the phone, never
 * "check your answers and send again", which would fail the same way. `files` are the paths the answer's
 * `errors` name; they are shown escaped (display-name.ts), as the server's answer is not ours to trust.
 */
export function InvalidBundle({ files = [] }: { files?: readonly string[] }) {
  const t = useMessages(sendMessages);
  const named = useMessages(fileMessages);
  const unique = [...new Set(files)];
  return (
    <NotificationBanner kind="error" title={t('send.invalid.title')} announce>
      <p>{t('send.invalid.nothingSent')}</p>
      {unique.length > 0 && (
        <>
          <p>{named('invalid.files')}</p>
          <ul className="bullets">
            {unique.map((path) => (
              <li key={path}>{path === '' ? named('invalid.archive') : <code>{displayName(path)}</code>}</li>
            ))}
          </ul>
        </>
      )}
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
