import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { PageHeading } from '../../../ui/page-heading';
import { usePageTitle } from '../../../ui/use-page-title';
import type { StorageErrorCode } from '../../../storage/storage-error';
import { gateMessages } from './gate-messages';

export function FailedPage({ code, onRetry }: { code: StorageErrorCode; onRetry: () => void }) {
  const g = useMessages(gateMessages);
  const { t: core } = useI18n();
  usePageTitle(g('gate.failed.title'), core('app.name'));
  return (
    <div className="page">
      <PageHeading>{g('gate.failed.title')}</PageHeading>
      <p>
        {code === 'unavailable'
          ? g('gate.failed.unavailable')
          : code === 'locked'
            ? g('gate.failed.locked')
            : g('gate.failed.other')}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        {g('gate.failed.retry')}
      </button>
    </div>
  );
}
