import { Link } from 'react-router';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { PageHeading } from '../../../ui/page-heading';
import { usePageTitle } from '../../../ui/use-page-title';
import { gateMessages } from './gate-messages';

/** After a reload in "this visit only" mode the answers are gone by design; say so instead of a silent reset. */
export function VisitLostPage() {
  const g = useMessages(gateMessages);
  const { t: core } = useI18n();
  usePageTitle(g('gate.visitLost.title'), core('app.name'));
  return (
    <div className="page">
      <PageHeading>{g('gate.visitLost.title')}</PageHeading>
      <p>{g('gate.visitLost.text')}</p>
      <p>{g('gate.visitLost.advice')}</p>
      <div className="button-row">
        <Link className="button" to="/antrag/beginnen?speicher=besuch">
          {g('gate.visitLost.restart')}
        </Link>
        <Link className="button button--secondary" to="/#speichern">
          {g('gate.visitLost.device')}
        </Link>
      </div>
    </div>
  );
}
