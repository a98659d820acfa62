import { useMemo } from 'react';
import { nameStep } from '../../../domain/application/steps/person-steps';
import { useMessages } from '../../../i18n/feature-messages';
import { TextStepPage } from '../form/text-step-page';
import { personMessages } from './person-messages';
import { useSectionAnswers } from '../form/use-section-answers';

export function NamePage() {
  const t = useMessages(personMessages);
  const { values, save, context } = useSectionAnswers('person');
  const schema = useMemo(() => nameStep(context), [context]);
  return (
    <TextStepPage
      title={t('name.title')}
      caption={t('caption')}
      backTo="/antrag"
      page="person.name"
      schema={schema}
      values={values}
      save={save}
      fields={[
        {
          name: 'givenName',
          label: t('name.givenName'),
          autoComplete: 'given-name',
          width: 'long',
          spellCheck: false,
        },
        {
          name: 'familyName',
          label: t('name.familyName'),
          autoComplete: 'family-name',
          width: 'long',
          spellCheck: false,
        },
        {
          name: 'birthDate',
          label: t('name.birthDate'),
          hint: t('name.birthDate.hint'),
          autoComplete: 'bday',
          width: 'medium',
          inputMode: 'text',
        },
      ]}
    />
  );
}
