import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMessages } from '../../../i18n/feature-messages';
import { antragMessages } from '../antrag-messages';
import { useDraft } from '../draft/draft-context';

/** "Entwurf löschen" at any time (ux.md, TR-03161 O.Data_15): the draft and all its files, after one question. */
export function DeleteDraftControl() {
  const t = useMessages(antragMessages);
  const navigate = useNavigate();
  const { draft, deleteDraft } = useDraft();
  const [confirming, setConfirming] = useState(false);
  if (!draft) return null;
  if (!confirming) {
    return (
      <button type="button" className="button button--warning" onClick={() => setConfirming(true)}>
        {t('tasks.delete.button')}
      </button>
    );
  }
  return (
    <div className="confirm-box" role="group" aria-labelledby="delete-draft-question">
      <p id="delete-draft-question">
        <strong>{t('tasks.delete.question', { year: draft.year })}</strong>
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button--warning"
          onClick={() => {
            // Leave first: without a draft this page would send the user to the year question instead.
            void navigate('/');
            void deleteDraft(draft.id);
          }}
        >
          {t('tasks.delete.confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
          {t('deleteAll.cancel')}
        </button>
      </div>
    </div>
  );
}
