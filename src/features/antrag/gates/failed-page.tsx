import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { PageHeading } from '../../../ui/page-heading';
import { usePageTitle } from '../../../ui/use-page-title';
import type { StorageErrorCode } from '../../../storage/storage-error';
import { antragMessages } from '../antrag-messages';

export function FailedPage({ code, onRetry }: { code: StorageErrorCode; onRetry: () => void }) {
  const t = useMessages(antragMessages);
  const { t: core } = useI18n();
  usePageTitle(t('gate.failed.title'), core('app.name'));
  return (
    <div className="page">
      <PageHeading>{t('gate.failed.title')}</PageHeading>
      <p>
        {code === 'unavailable'
          ? t('gate.failed.unavailable')
          : code === 'locked'
            ? t('gate.failed.locked')
            : t('gate.failed.other')}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        {t('gate.failed.retry')}
      </button>
    </div>
  );
}
