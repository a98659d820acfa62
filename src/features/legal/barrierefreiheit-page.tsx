import { useMessages } from '../../i18n/feature-messages';
import { formatCalendarDate } from '../../i18n/format-date';
import { useI18n } from '../../i18n/use-i18n';
import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';
import { AccessibilityFeedbackForm } from './accessibility-feedback-form';
import { barrierefreiheitMessages } from './barrierefreiheit-messages';
import { ContactList } from './contact-list';
import { demoContacts } from './demo-contacts';
import { DemoNotice } from './demo-notice';
import { legalMessages } from './legal-messages';

// The statement must be reviewed at least once a year; both dates change together with its content.
const statementCreated = '2026-11-23';
const statementReviewed = '2026-11-23';

// The linked page of § 12b Abs. 2 Nr. 3 Buchst. b BGG: a real public body, not demo data.
const arbitrationUrl = 'https://www.schlichtungsstelle-bgg.de/';

/** The accessibility statement of § 12b BGG, with its feedback mechanism and the pointer to conciliation. */
export function BarrierefreiheitPage() {
  const { t, language } = useI18n();
  const m = useMessages(barrierefreiheitMessages);
  const legal = useMessages(legalMessages);
  usePageTitle(m('title'), t('app.name'));
  const date = (isoDate: string) => (
    <time dateTime={isoDate}>{formatCalendarDate(isoDate, language, 'long')}</time>
  );
  return (
    <div className="page">
      <PageHeading>{m('title')}</PageHeading>
      <p className="lead">{m('lead')}</p>
      <p>{m('basis')}</p>
      <DemoNotice />

      <h2>{m('status.title')}</h2>
      <p>{m('status.p1')}</p>
      <p>{m('status.p2')}</p>

      <h2>{m('gaps.title')}</h2>
      <ul className="bullets">
        <li>{m('gaps.pdf')}</li>
      </ul>
      <p>{m('gaps.alternative')}</p>

      <h2>{m('made.title')}</h2>
      <dl className="summary-list">
        <div>
          <dt>{m('made.created')}</dt>
          <dd>{date(statementCreated)}</dd>
        </div>
        <div>
          <dt>{m('made.reviewed')}</dt>
          <dd>{date(statementReviewed)}</dd>
        </div>
      </dl>
      <p>{m('made.method')}</p>
      <ul className="bullets">
        <li>{m('made.axe')}</li>
        <li>{m('made.keyboard')}</li>
        <li>{m('made.reflow')}</li>
      </ul>
      <p>{m('made.limits')}</p>

      <h2 id="barriere-melden">{m('feedback.title')}</h2>
      <p>{m('feedback.p')}</p>
      <AccessibilityFeedbackForm />

      <h3>{m('feedback.other.title')}</h3>
      <p>{m('feedback.other.p')}</p>
      <ContactList
        entries={[
          { kind: 'email', value: demoContacts.email.accessibility },
          { kind: 'phone', value: demoContacts.phone },
          { kind: 'post', lines: [legal('insurer.name'), demoContacts.postalCode] },
        ]}
      />

      <h2>{m('arbitration.title')}</h2>
      <p>{m('arbitration.p1')}</p>
      <p>{m('arbitration.p2')}</p>
      <p>
        {m('arbitration.p3')} <a href={arbitrationUrl}>{m('arbitration.link')}</a>
      </p>
      <p>{m('arbitration.land')}</p>
    </div>
  );
}
