import { useNavigate } from 'react-router';
import { useMessages } from '../../../i18n/feature-messages';
import { antragMessages } from '../antrag-messages';
import { useDraft } from '../draft/draft-context';
import { ConfirmAction } from '../form/confirm-action';

/** "Entwurf löschen" at any time (ux.md, TR-03161 O.Data_15): the draft and all its files, after one question. */
export function DeleteDraftControl() {
  const t = useMessages(antragMessages);
  const navigate = useNavigate();
  const { draft, deleteDraft } = useDraft();
  if (!draft) return null;
  return (
    <ConfirmAction
      label={t('tasks.delete.button')}
      question={t('tasks.delete.question', { year: draft.year })}
      confirmLabel={t('tasks.delete.confirm')}
      cancelLabel={t('deleteAll.cancel')}
      onConfirm={() => {
        // Leave first: without a draft this page would send the user to the year question instead.
        void navigate('/');
        void deleteDraft(draft.id);
      }}
    />
  );
}
