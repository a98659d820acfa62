import { useEffect, useState } from 'react';
import type { SubmissionReceiptRecord } from '../../../storage/pending-submission';
import { useDraft } from '../draft/draft-context';

export type ReceiptState =
  | { status: 'loading' }
  | { status: 'none'; pending: boolean }
  | { status: 'found'; receipt: SubmissionReceiptRecord }
  | { status: 'failed' };

/** The insurer's receipt for the open draft, kept on the device (or for this visit) by completeSubmission. */
export function useReceipt(): ReceiptState {
  const { draft, submissions } = useDraft();
  const [state, setState] = useState<ReceiptState>({ status: 'loading' });
  const draftId = draft?.id;
  useEffect(() => {
    if (draftId === undefined || !submissions) return;
    let cancelled = false;
    void (async () => {
      const receipt = await submissions.loadReceipt(draftId);
      const next: ReceiptState = receipt
        ? { status: 'found', receipt }
        : { status: 'none', pending: (await submissions.loadPending(draftId)).ok };
      if (!cancelled) setState(next);
    })().catch(() => {
      if (!cancelled) setState({ status: 'failed' });
    });
    return () => {
      cancelled = true;
    };
  }, [draftId, submissions]);
  return state;
}
