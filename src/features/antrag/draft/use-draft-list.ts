import { useDraft } from './draft-context';

/** The drafts on this device (one per year) and what can be done with them as a whole. */
export function useDraftList() {
  const {
    storeKind,
    drafts,
    brokenDrafts,
    draft,
    startDraft,
    openDraft,
    changeYear,
    deleteDraft,
    importDraft,
  } = useDraft();
  return {
    storeKind,
    drafts,
    brokenDrafts,
    draft,
    startDraft,
    openDraft,
    changeYear,
    deleteDraft,
    importDraft,
  };
}
