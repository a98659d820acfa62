import { useMessages } from '../../i18n/feature-messages';
import { useI18n } from '../../i18n/use-i18n';
import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';
import { ContactList } from './contact-list';
import { demoContacts } from './demo-contacts';
import { DemoNotice } from './demo-notice';
import { gebaerdenspracheMessages } from './gebaerdensprache-messages';
import { legalMessages } from './legal-messages';

/**
 * Pointer to information in Deutsche Gebärdensprache (BITV 2.0 § 4). The videos stay on the insurer's site:
 * embedding them would load a third-party player, which this service never does (Content-Security-Policy).
 */
export function GebaerdensprachePage() {
  const { t } = useI18n();
  const m = useMessages(gebaerdenspracheMessages);
  const legal = useMessages(legalMessages);
  usePageTitle(m('title'), t('app.name'));
  return (
    <div className="page">
      <PageHeading>{m('title')}</PageHeading>
      <p className="lead">{m('lead')}</p>
      <DemoNotice />

      <h2>{m('videos.title')}</h2>
      <p>{m('videos.p1')}</p>
      <p>{m('videos.p2')}</p>
      <p>{m('videos.p3')}</p>

      <h2>{m('contact.title')}</h2>
      <p>{m('contact.p')}</p>
      <ContactList
        entries={[
          { kind: 'email', value: demoContacts.email.signLanguage },
          { kind: 'fax', value: demoContacts.fax },
          { kind: 'sms', value: demoContacts.sms },
          { kind: 'post', lines: [legal('insurer.name'), demoContacts.postalCode] },
        ]}
      />
      <p>{m('contact.hint')}</p>

      <h2>{m('interpreter.title')}</h2>
      <p>{m('interpreter.p1')}</p>
      <p>{m('interpreter.p2')}</p>
      <p>{m('interpreter.p3')}</p>
    </div>
  );
}
