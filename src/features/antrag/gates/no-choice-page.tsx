import { Link } from 'react-router';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { PageHeading } from '../../../ui/page-heading';
import { usePageTitle } from '../../../ui/use-page-title';
import { gateMessages } from './gate-messages';

/** Nothing is stored before the user chose where (TR-03161 O.Purp_3): the choice is on the start page. */
export function NoChoicePage() {
  const g = useMessages(gateMessages);
  const { t: core } = useI18n();
  usePageTitle(g('gate.noChoice.title'), core('app.name'));
  return (
    <div className="page">
      <PageHeading>{g('gate.noChoice.title')}</PageHeading>
      <p>{g('gate.noChoice.text')}</p>
      <Link className="button" to="/#speichern">
        {g('gate.noChoice.link')}
      </Link>
    </div>
  );
}
