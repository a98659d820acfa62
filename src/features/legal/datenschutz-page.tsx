import { useI18n } from '../../i18n/use-i18n';
import { useMessages, type FeatureTranslate } from '../../i18n/feature-messages';
import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';
import { ContactList } from './contact-list';
import { datenschutzMessages } from './datenschutz-messages';
import { DatenschutzRisks } from './datenschutz-risks';
import { datenschutzSections, type DatenschutzSectionId } from './datenschutz-sections';
import { demoContacts } from './demo-contacts';
import { DemoNotice } from './demo-notice';
import { legalMessages } from './legal-messages';

type Key = keyof typeof datenschutzMessages.de;

function Bullets({ m, keys }: { m: FeatureTranslate<Key>; keys: readonly Key[] }) {
  return (
    <ul className="bullets">
      {keys.map((key) => (
        <li key={key}>{m(key)}</li>
      ))}
    </ul>
  );
}

/** Art. 13 DSGVO information, written for people who read it on a phone: short sections with anchors. */
export function DatenschutzPage() {
  const { t } = useI18n();
  const m = useMessages(datenschutzMessages);
  const legal = useMessages(legalMessages);
  usePageTitle(m('title'), t('app.name'));
  const heading = (id: DatenschutzSectionId) => {
    const section = datenschutzSections.find((s) => s.id === id);
    return <h2 id={id}>{section ? m(section.title) : id}</h2>;
  };
  return (
    <div className="page">
      <PageHeading>{m('title')}</PageHeading>
      <p className="lead">{m('lead')}</p>
      <DemoNotice />

      <nav aria-labelledby="datenschutz-toc">
        <h2 id="datenschutz-toc">{m('toc.title')}</h2>
        <ul className="bullets">
          {datenschutzSections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{m(section.title)}</a>
            </li>
          ))}
        </ul>
      </nav>

      {heading('kurz')}
      <Bullets m={m} keys={['summary.device', 'summary.choice', 'summary.noTracking', 'summary.delete']} />

      {heading('verantwortlich')}
      <p>{m('controller.p')}</p>
      <ContactList
        entries={[
          { kind: 'post', lines: [legal('insurer.name'), demoContacts.postalCode] },
          { kind: 'email', value: demoContacts.email.privacy },
          { kind: 'phone', value: demoContacts.phone },
        ]}
      />

      {heading('datenschutzbeauftragte')}
      <p>{m('dpo.p')}</p>
      <ContactList
        entries={[
          { kind: 'post', lines: [m('dpo.name'), legal('insurer.name'), demoContacts.postalCode] },
          { kind: 'email', value: demoContacts.email.dataProtectionOfficer },
        ]}
      />

      {heading('daten')}
      <p>{m('data.p')}</p>
      <Bullets
        m={m}
        keys={['data.identity', 'data.household', 'data.income', 'data.receipts', 'data.bank']}
      />
      <p>{m('data.health')}</p>
      <p>{m('data.feedback')}</p>

      {heading('zweck')}
      <p>{m('purpose.p1')}</p>
      <p>{m('purpose.p2')}</p>
      <p>{m('purpose.p3')}</p>

      {heading('rechtsgrundlagen')}
      <Bullets m={m} keys={['basis.general', 'basis.health', 'basis.feedback']} />
      <p>{m('basis.secrecy')}</p>

      {heading('speicherort')}
      <p>{m('storage.browser')}</p>
      <p>{m('storage.choice')}</p>
      <Bullets m={m} keys={['storage.memory', 'storage.device']} />
      <p>{m('storage.limit')}</p>
      <p>{m('storage.submit')}</p>

      {heading('cookies')}
      <Bullets
        m={m}
        keys={[
          'cookies.cookies',
          'cookies.tracking',
          'cookies.thirdParty',
          'cookies.language',
          'cookies.server',
        ]}
      />

      {heading('speicherdauer')}
      <Bullets
        m={m}
        keys={[
          'retention.draft',
          'retention.delete',
          'retention.afterSubmit',
          'retention.insurer',
          'retention.feedback',
        ]}
      />

      {heading('rechte')}
      <p>{m('rights.p')}</p>
      <Bullets
        m={m}
        keys={[
          'rights.access',
          'rights.rectification',
          'rights.erasure',
          'rights.restriction',
          'rights.notification',
          'rights.portability',
          'rights.objection',
        ]}
      />
      <p>{m('rights.how')}</p>

      {heading('beschwerde')}
      <p>{m('complaint.p')}</p>
      <ContactList
        entries={[
          { kind: 'post', lines: [m('complaint.name'), m('complaint.street'), m('complaint.city')] },
          { kind: 'email', value: demoContacts.email.dataProtectionAuthority },
        ]}
      />

      <DatenschutzRisks />
    </div>
  );
}
