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
 * How the Bescheid is to reach the applicant is saved the same way and never holds sending up.
 */
export function useSendForm(declarations: Answers['declarations'], sectionsDone: boolean) {
  const updateAnswers = useUpdateAnswers();
  const schema = useMemo(() => sendStep(sectionsDone), [sectionsDone]);
  const save = useCallback(
    (values: DeclarationValues) =>
      updateAnswers('declarations', () => ({
        correct: values.correct === true,
        consent: values.consent === true,
        // Kept only when chosen: no answer is no consent to notification by retrieval (§ 37 Abs. 2a SGB X).
        ...(values.electronicNotification === 'yes' || values.electronicNotification === 'no'
          ? { electronicNotification: values.electronicNotification }
          : {}),
      })),
    [updateAnswers],
  );
  return useStepForm({
    schema,
    defaults: {
      correct: declarations?.correct === true,
      consent: declarations?.consent === true,
      electronicNotification: declarations?.electronicNotification,
    },
    save,
    next: sendPath,
    order: sendOrder,
  });
}
