import { useDraft } from './draft-context';

/** Whether the last change is stored, and the user's ways out when it is not. */
export function useSaveState() {
  const { storeKind, saveState, retrySave, resolveConflict } = useDraft();
  return { storeKind, saveState, retrySave, resolveConflict };
}
