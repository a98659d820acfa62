import { useDraft } from './draft-context';

/** Saves a section's answers as the user types (the change is shown at once and written behind the scenes). */
export function useUpdateAnswers() {
  return useDraft().updateAnswers;
}
