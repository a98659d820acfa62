import { useQuery } from '@tanstack/react-query';
import { serviceInfoQuery } from '../../api/service-info-query';
import { useI18n } from '../../i18n/use-i18n';
import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';

export function ContactPage() {
  const { t, language } = useI18n();
  usePageTitle(t('contact.title'), t('app.name'));
  const info = useQuery(serviceInfoQuery());
  return (
    <div className="page">
      <PageHeading>{t('contact.title')}</PageHeading>
      <p className="lead">{t('contact.lead')}</p>
      {info.isPending && <p role="status">{t('app.loading')}</p>}
      {info.isError && (
        <div className="notice notice--error" role="alert">
          <p>{t('contact.loadFailed')}</p>
          <button type="button" className="button button--secondary" onClick={() => void info.refetch()}>
            {t('contact.retry')}
          </button>
        </div>
      )}
      {info.data && (
        <>
          {info.data.demo && <p className="notice">{t('contact.demoNote')}</p>}
          <h2>{info.data.insurerName}</h2>
          <dl className="summary-list">
            <div>
              <dt>{t('contact.phone')}</dt>
              <dd>
                <a href={`tel:${info.data.phone.replace(/\s/g, '')}`}>{info.data.phone}</a>
              </dd>
            </div>
            <div>
              <dt>{t('contact.hours')}</dt>
              <dd>{language === 'de' ? info.data.phoneHours.de : info.data.phoneHours.en}</dd>
            </div>
            <div>
              <dt>{t('contact.email')}</dt>
              <dd>
                <a href={`mailto:${info.data.email}`}>{info.data.email}</a>
              </dd>
            </div>
            <div>
              <dt>{t('contact.post')}</dt>
              <dd>
                <address>
                  {info.data.postalAddress.map((line) => (
                    <span key={line} className="address-line">
                      {line}
                    </span>
                  ))}
                </address>
              </dd>
            </div>
          </dl>
        </>
      )}
    </div>
  );
}
