import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/feature-messages';
import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';
import { ContactList } from './contact-list';
import { demoContacts } from './demo-contacts';
import { DemoNotice } from './demo-notice';
import { impressumMessages } from './impressum-messages';
import { legalMessages } from './legal-messages';

/** Provider identification of a public body's online service (§ 5 DDG, § 18 MStV). */
export function ImpressumPage() {
  const { t } = useI18n();
  const m = useMessages(impressumMessages);
  const legal = useMessages(legalMessages);
  usePageTitle(m('title'), t('app.name'));
  return (
    <div className="page">
      <PageHeading>{m('title')}</PageHeading>
      <p className="lead">{m('lead')}</p>
      <DemoNotice />

      <h2>{m('provider.title')}</h2>
      <address>
        <span className="address-line">{legal('insurer.name')}</span>
        <span className="address-line">{demoContacts.postalCode}</span>
      </address>
      <p>{m('provider.legalForm')}</p>

      <h2>{m('representation.title')}</h2>
      <p>{m('representation.p')}</p>
      <ul className="bullets">
        <li>{m('representation.chair')}</li>
        <li>{m('representation.deputy')}</li>
      </ul>

      <h2>{m('supervision.title')}</h2>
      <p>{m('supervision.p')}</p>
      <address>
        <span className="address-line">{m('supervision.name')}</span>
        <span className="address-line">{m('supervision.street')}</span>
        <span className="address-line">{m('supervision.city')}</span>
      </address>

      <h2>{m('contact.title')}</h2>
      <p>{m('contact.p')}</p>
      <ContactList
        entries={[
          { kind: 'phone', value: demoContacts.phone },
          { kind: 'email', value: demoContacts.email.service },
          { kind: 'post', lines: [legal('insurer.name'), demoContacts.postalCode] },
        ]}
      />

      <h2>{m('content.title')}</h2>
      <p>{m('content.p')}</p>

      <h2>{m('security.title')}</h2>
      <p>{m('security.p')}</p>
      <ContactList entries={[{ kind: 'email', value: demoContacts.email.security }]} />
      <p>
        {m('security.file')}{' '}
        {/* A file of the server, not a route of the app: a full page load, so no router Link. */}
        <a href="/.well-known/security.txt">security.txt</a> (RFC 9116).
      </p>

      <h2>{m('openSource.title')}</h2>
      <p>{m('openSource.p1')}</p>
      <p>{m('openSource.p2')}</p>
    </div>
  );
}
