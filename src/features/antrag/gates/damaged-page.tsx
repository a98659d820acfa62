import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { PageHeading } from '../../../ui/page-heading';
import { usePageTitle } from '../../../ui/use-page-title';
import { DeleteEverythingButton } from './delete-everything-button';
import { gateMessages } from './gate-messages';

/** The key to the drafts is gone (e.g. the browser removed part of the site data): they cannot be read again. */
export function DamagedPage({ onDeleted }: { onDeleted: () => void }) {
  const g = useMessages(gateMessages);
  const { t: core } = useI18n();
  usePageTitle(g('gate.damaged.title'), core('app.name'));
  return (
    <div className="page">
      <PageHeading>{g('gate.damaged.title')}</PageHeading>
      <p>{g('gate.damaged.text')}</p>
      <p>{g('gate.damaged.export')}</p>
      <DeleteEverythingButton onDeleted={onDeleted} />
    </div>
  );
}
