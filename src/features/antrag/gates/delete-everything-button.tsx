import { useMessages } from '../../../i18n/feature-messages';
import { antragMessages } from '../antrag-messages';
import { deleteEverything } from '../draft/draft-session';
import { ConfirmAction } from '../form/confirm-action';

/** "Alle Daten löschen" behind a confirmation: it cannot be undone (TR-03161 O.Data_15). */
export function DeleteEverythingButton({ onDeleted }: { onDeleted: () => void }) {
  const t = useMessages(antragMessages);
  return (
    <ConfirmAction
      label={t('deleteAll.button')}
      question={t('deleteAll.question')}
      confirmLabel={t('deleteAll.confirm')}
      cancelLabel={t('deleteAll.cancel')}
      onConfirm={() => void deleteEverything().then(onDeleted)}
    />
  );
}
