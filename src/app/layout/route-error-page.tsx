import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { PageHeading } from '../../ui/page-heading';

/** Last line of defence: a crashed page says that drafts are safe and offers a reload, never a blank screen. */
export function RouteErrorPage() {
  const error = useRouteError();
  const { t } = useI18n();
  if (!isRouteErrorResponse(error)) console.error(error);
  return (
    <main id="main" className="container">
      <PageHeading>{t('error.title')}</PageHeading>
      <p>{t('error.p')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
    </main>
  );
}
