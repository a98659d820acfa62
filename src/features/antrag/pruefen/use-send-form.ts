import { useCallback, useMemo } from 'react';
import type { Answers } from '../../../domain/application/draft-answers';
import { useStepForm } from '../form/use-step-form';
import { sendPath } from './check-paths';
import { sendOrder, sendStep } from './send-step';
import { useUpdateAnswers } from '../draft/use-update-answers';

type DeclarationValues = NonNullable<Answers['declarations']>;

/**
 * The declarations and "Antrag absenden": ticks are saved to the draft at once (like every answer), and the button
 * leads on only when every section is complete and both boxes are ticked; otherwise the error summary says why.
 */
export function useSendForm(declarations: Answers['declarations'], sectionsDone: boolean) {
  const updateAnswers = useUpdateAnswers();
  const schema = useMemo(() => sendStep(sectionsDone), [sectionsDone]);
  const save = useCallback(
    (values: DeclarationValues) =>
      updateAnswers('declarations', () => ({
        correct: values.correct === true,
        consent: values.consent === true,
      })),
    [updateAnswers],
  );
  return useStepForm({
    schema,
    defaults: { correct: declarations?.correct === true, consent: declarations?.consent === true },
    save,
    next: sendPath,
    order: sendOrder,
  });
}
