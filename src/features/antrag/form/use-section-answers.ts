import { useCallback } from 'react';
import type { AnswerSection, Answers } from '../../../domain/application/draft-answers';
import { useOpenDraft } from '../draft/use-open-draft';
import { useUpdateAnswers } from '../draft/use-update-answers';

/**
 * One section's raw answers and a saver that merges a page's fields into them (a section spans several pages,
 * each saving only its own fields).
 */
export function useSectionAnswers<S extends AnswerSection>(section: S) {
  const { draft, context } = useOpenDraft();
  const updateAnswers = useUpdateAnswers();
  const save = useCallback(
    (values: NonNullable<Answers[S]>) => updateAnswers(section, (previous) => ({ ...previous, ...values })),
    [section, updateAnswers],
  );
  return { values: (draft.answers[section] ?? {}) as NonNullable<Answers[S]>, save, context, draft };
}
