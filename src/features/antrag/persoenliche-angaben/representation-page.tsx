import { useCallback } from 'react';
import type { FieldValues } from 'react-hook-form';
import { representationKinds } from '../../../domain/application/draft-answers';
import { representationStep } from '../../../domain/application/steps/person-steps';
import { useMessages } from '../../../i18n/feature-messages';
import { RadioGroup } from '../../../ui/radio-group';
import { QuestionPage } from '../form/question-page';
import { fieldId, useStepForm } from '../form/use-step-form';
import { personMessages } from './person-messages';
import { useSectionAnswers } from '../form/use-section-answers';
import { pagePath } from '../flow/flow-paths';
import { useFlowNext } from '../flow/use-flow-next';

const schema = representationStep();

/** Applying for oneself, with a power of attorney (Vollmacht) or as legal guardian (rechtliche Betreuung). */
export function RepresentationPage() {
  const t = useMessages(personMessages);
  const { values, save } = useSectionAnswers('representation');
  const onChange = useCallback((raw: FieldValues) => save(raw), [save]);
  const { form, submit, errorList, errorFor } = useStepForm({
    schema,
    defaults: { kind: values.kind },
    save: onChange,
    next: useFlowNext('person.representation'),
    order: ['kind'],
  });
  return (
    <QuestionPage
      title={t('representation.title')}
      caption={t('caption')}
      headingInField
      backTo={pagePath('person.contact')}
      errors={errorList}
      submitCount={form.formState.submitCount}
      onSubmit={(event) => void submit(event)}
    >
      <RadioGroup
        id={fieldId('kind')}
        legend={t('representation.title')}
        legendAsHeading
        hint={t('representation.hint')}
        error={errorFor('kind')}
        options={representationKinds.map((kind) => ({
          value: kind,
          label: t(`representation.${kind}`),
          hint: kind === 'self' ? undefined : t(`representation.${kind}.hint`),
        }))}
        registration={form.register('kind')}
      />
    </QuestionPage>
  );
}
