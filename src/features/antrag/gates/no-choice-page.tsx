import { Link } from 'react-router';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { PageHeading } from '../../../ui/page-heading';
import { usePageTitle } from '../../../ui/use-page-title';
import { antragMessages } from '../antrag-messages';

/** Nothing is stored before the user chose where (TR-03161 O.Purp_3): the choice is on the start page. */
export function NoChoicePage() {
  const t = useMessages(antragMessages);
  const { t: core } = useI18n();
  usePageTitle(t('gate.noChoice.title'), core('app.name'));
  return (
    <div className="page">
      <PageHeading>{t('gate.noChoice.title')}</PageHeading>
      <p>{t('gate.noChoice.text')}</p>
      <Link className="button" to="/#speichern">
        {t('gate.noChoice.link')}
      </Link>
    </div>
  );
}
