import { useEffect, useState } from 'react';
import type { SubmissionReceiptRecord } from '../../../storage/pending-submission';
import { useDraft } from '../draft/draft-context';
import { loadConfirmationDocuments, type ConfirmationDocuments } from './confirmation-documents';
import { useDocumentBuilder } from './document-builder';

export type ConfirmationDocumentsState =
  { status: 'loading' } | { status: 'ready'; documents: ConfirmationDocuments } | { status: 'failed' };

/** The confirmation's files for `receipt`: the kept bundle is decrypted once per receipt, not on every render. */
export function useConfirmationDocuments(receipt: SubmissionReceiptRecord): ConfirmationDocumentsState {
  const { draft, context, submissions, loadFileBytes } = useDraft();
  const builder = useDocumentBuilder();
  const [state, setState] = useState<ConfirmationDocumentsState>({ status: 'loading' });
  useEffect(() => {
    if (!draft || !context) return;
    let cancelled = false;
    void loadConfirmationDocuments({
      draft,
      context,
      receipt,
      builder,
      loadFileBytes,
      loadSentBundle: (draftId) => submissions?.loadSentBundle(draftId) ?? Promise.resolve(undefined),
    }).then(
      (documents) => !cancelled && setState({ status: 'ready', documents }),
      () => !cancelled && setState({ status: 'failed' }),
    );
    return () => {
      cancelled = true;
    };
    // Only a new receipt reloads: the draft is read-only once sent, and its object changes with every save.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [receipt, builder, submissions]);
  return state;
}
