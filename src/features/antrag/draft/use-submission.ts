import { useDraft } from './draft-context';

/** The open draft's submission (pending or sent), the pending bundle store and "Weiteren Antrag stellen". */
export function useSubmission() {
  const { submission, submissions, startFurtherApplication } = useDraft();
  return { submission, submissions, startFurtherApplication };
}
