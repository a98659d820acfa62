import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { PageHeading } from '../../../ui/page-heading';
import { usePageTitle } from '../../../ui/use-page-title';
import { antragMessages } from '../antrag-messages';
import { DeleteEverythingButton } from './delete-everything-button';

/** The key to the drafts is gone (e.g. the browser removed part of the site data): they cannot be read again. */
export function DamagedPage({ onDeleted }: { onDeleted: () => void }) {
  const t = useMessages(antragMessages);
  const { t: core } = useI18n();
  usePageTitle(t('gate.damaged.title'), core('app.name'));
  return (
    <div className="page">
      <PageHeading>{t('gate.damaged.title')}</PageHeading>
      <p>{t('gate.damaged.text')}</p>
      <p>{t('gate.damaged.export')}</p>
      <DeleteEverythingButton onDeleted={onDeleted} />
    </div>
  );
}
