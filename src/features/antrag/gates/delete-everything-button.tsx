import { useState } from 'react';
import { useMessages } from '../../../i18n/feature-messages';
import { antragMessages } from '../antrag-messages';
import { deleteEverything } from '../draft/draft-session';

/** "Alle Daten löschen" behind a confirmation: it cannot be undone (TR-03161 O.Data_15). */
export function DeleteEverythingButton({ onDeleted }: { onDeleted: () => void }) {
  const t = useMessages(antragMessages);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button button--warning" onClick={() => setConfirming(true)}>
        {t('deleteAll.button')}
      </button>
    );
  }
  return (
    <div className="confirm-box" role="group" aria-labelledby="delete-all-question">
      <p id="delete-all-question">
        <strong>{t('deleteAll.question')}</strong>
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button--warning"
          onClick={() => void deleteEverything().then(onDeleted)}
        >
          {t('deleteAll.confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
          {t('deleteAll.cancel')}
        </button>
      </div>
    </div>
  );
}
