import { useNavigate } from 'react-router';
import { useMessages } from '../../../i18n/feature-messages';
import { ConfirmAction } from '../form/confirm-action';
import { gateMessages } from '../gates/gate-messages';
import { taskMessages } from './task-messages';
import { useDraftList } from '../draft/use-draft-list';

/** "Entwurf löschen" at any time (ux.md, TR-03161 O.Data_15): the draft and all its files, after one question. */
export function DeleteDraftControl() {
  const tk = useMessages(taskMessages);
  const g = useMessages(gateMessages);
  const navigate = useNavigate();
  const { draft, deleteDraft } = useDraftList();
  if (!draft) return null;
  return (
    <ConfirmAction
      label={tk('tasks.delete.button')}
      question={tk('tasks.delete.question', { year: draft.year })}
      confirmLabel={tk('tasks.delete.confirm')}
      cancelLabel={g('deleteAll.cancel')}
      onConfirm={() => {
        // Leave first: without a draft this page would send the user to the year question instead.
        void navigate('/');
        void deleteDraft(draft.id);
      }}
    />
  );
}
