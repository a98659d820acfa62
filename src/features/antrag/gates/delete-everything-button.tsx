import { useMessages } from '../../../i18n/feature-messages';
import { deleteEverything } from '../draft/draft-session';
import { ConfirmAction } from '../form/confirm-action';
import { gateMessages } from './gate-messages';

/** "Alle Daten löschen" behind a confirmation: it cannot be undone (TR-03161 O.Data_15). */
export function DeleteEverythingButton({ onDeleted }: { onDeleted: () => void }) {
  const g = useMessages(gateMessages);
  return (
    <ConfirmAction
      label={g('deleteAll.button')}
      question={g('deleteAll.question')}
      confirmLabel={g('deleteAll.confirm')}
      cancelLabel={g('deleteAll.cancel')}
      onConfirm={() => void deleteEverything().then(onDeleted)}
    />
  );
}
