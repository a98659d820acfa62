import { Link } from 'react-router';
import { supportedYears } from '../../domain/figures/figures-for-year';
import { useI18n } from '../../i18n/use-i18n';
import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';
import { StorageChoiceForm } from './storage-choice-form';

const years = supportedYears();

export function StartPage() {
  const { t } = useI18n();
  usePageTitle(t('start.title'), t('app.name'));
  return (
    <div className="page">
      <PageHeading>{t('start.title')}</PageHeading>
      <p className="lead">{t('start.lead')}</p>

      <h2>{t('start.what.title')}</h2>
      <p>{t('start.what.p')}</p>

      <h2>{t('start.who.title')}</h2>
      <p>{t('start.who.p1')}</p>
      <p>{t('start.who.p2')}</p>

      <h2>{t('start.need.title')}</h2>
      <ul className="bullets">
        <li>{t('start.need.card')}</li>
        <li>{t('start.need.income')}</li>
        <li>{t('start.need.receipts')}</li>
        <li>{t('start.need.chronic')}</li>
        <li>{t('start.need.welfare')}</li>
        <li>{t('start.need.iban')}</li>
      </ul>

      <h2>{t('start.time.title')}</h2>
      <p>{t('start.time.p')}</p>

      <h2>{t('start.privacy.title')}</h2>
      <p>{t('start.privacy.p1')}</p>
      <p>{t('start.privacy.p2')}</p>

      <StorageChoiceForm />

      <h2>{t('start.calculate.title')}</h2>
      <p>{t('start.calculate.p')}</p>
      <p className="hint">{t('start.years', { from: years[0] ?? '', to: years[years.length - 1] ?? '' })}</p>
      <Link className="button button--secondary" to="/belastungsgrenze">
        {t('start.calculate.button')}
      </Link>

      <h2>{t('start.status.title')}</h2>
      <p>
        {t('start.status.p')} <Link to="/status">{t('start.status.link')}</Link>
      </p>

      <h2>{t('start.help.title')}</h2>
      <p>
        {t('start.help.p')} <Link to="/kontakt">{t('start.help.link')}</Link>
      </p>
    </div>
  );
}
