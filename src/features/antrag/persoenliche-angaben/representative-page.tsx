import { useCallback } from 'react';
import type { FieldValues } from 'react-hook-form';
import { representativeStep } from '../../../domain/application/steps/person-steps';
import { useMessages } from '../../../i18n/feature-messages';
import { TextField } from '../../../ui/text-field';
import { QuestionPage } from '../form/question-page';
import { UploadField } from '../form/upload-field';
import { fieldId, useStepForm } from '../form/use-step-form';
import { personMessages } from './person-messages';
import { useSectionAnswers } from '../form/use-section-answers';
import { pagePath } from '../flow/flow-paths';
import { useFlowNext } from '../flow/use-flow-next';

const schema = representativeStep();
const order = [
  'givenName',
  'familyName',
  'street',
  'postalCode',
  'city',
  'phone',
  'email',
  'documentFileIds',
] as const;

/**
 * The person acting for the applicant and the document that allows it. Their own contact data: the tokens
 * would fill in the helper's details, which is what they are (WCAG 1.3.5 concerns the user's data).
 */
export function RepresentativePage() {
  const t = useMessages(personMessages);
  const { values, save } = useSectionAnswers('representation');
  const onChange = useCallback((raw: FieldValues) => save(raw), [save]);
  const { form, submit, errorList, errorFor } = useStepForm({
    schema,
    defaults: { ...values, documentFileIds: values.documentFileIds ?? [] },
    save: onChange,
    next: useFlowNext('person.representative'),
    order,
  });
  const text = (
    name: Exclude<(typeof order)[number], 'documentFileIds'>,
    autoComplete: Parameters<typeof TextField>[0]['autoComplete'],
    width: 'short' | 'medium' | 'long' | 'full',
    extra: { inputMode?: 'numeric' | 'tel' | 'email'; type?: 'tel' | 'email' } = {},
  ) => (
    <TextField
      id={fieldId(name)}
      label={t(`representative.${name}`)}
      error={errorFor(name)}
      autoComplete={autoComplete}
      width={width}
      {...extra}
      registration={form.register(name)}
    />
  );
  const guardian = values.kind === 'betreuung';
  return (
    <QuestionPage
      title={t('representative.title')}
      caption={t('caption')}
      backTo={pagePath('person.representation')}
      errors={errorList}
      submitCount={form.formState.submitCount}
      onSubmit={(event) => void submit(event)}
    >
      <p>{t('representative.intro')}</p>
      {text('givenName', 'given-name', 'long')}
      {text('familyName', 'family-name', 'long')}
      {text('street', 'street-address', 'full')}
      {text('postalCode', 'postal-code', 'short', { inputMode: 'numeric' })}
      {text('city', 'address-level2', 'long')}
      {text('phone', 'tel', 'medium', { inputMode: 'tel', type: 'tel' })}
      {text('email', 'email', 'long', { inputMode: 'email', type: 'email' })}
      <UploadField
        name="documentFileIds"
        label={guardian ? t('representative.document.guardian') : t('representative.document.attorney')}
        hint={
          guardian ? t('representative.document.guardianHint') : t('representative.document.attorneyHint')
        }
        error={errorFor('documentFileIds')}
        control={form.control}
        setValue={form.setValue}
      />
    </QuestionPage>
  );
}
