import { useMessages } from '../../../i18n/feature-messages';
import { antragMessages } from '../antrag-messages';

/** While the store opens or the checked pass loads: a status screen readers announce. */
export function Loading() {
  const t = useMessages(antragMessages);
  return (
    <p className="page" role="status">
      {t('layout.loading')}
    </p>
  );
}
