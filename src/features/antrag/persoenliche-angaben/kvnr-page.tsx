import { kvnrStep } from '../../../domain/application/steps/person-steps';
import { useMessages } from '../../../i18n/feature-messages';
import { pagePath } from '../flow/flow-paths';
import { TextStepPage } from '../form/text-step-page';
import { personMessages } from './person-messages';
import { useSectionAnswers } from '../form/use-section-answers';

const schema = kvnrStep();

/** The Krankenversichertennummer: format and check digit; no autocomplete (TR-03161 O.Data_18, ADR 0006). */
export function KvnrPage() {
  const t = useMessages(personMessages);
  const { values, save } = useSectionAnswers('person');
  return (
    <TextStepPage
      title={t('kvnr.title')}
      caption={t('caption')}
      backTo={pagePath('person.name')}
      page="person.kvnr"
      schema={schema}
      values={values}
      save={save}
      fields={[
        {
          name: 'kvnr',
          label: t('kvnr.title'),
          hint: t('kvnr.hint'),
          autoComplete: 'off',
          width: 'medium',
          spellCheck: false,
        },
      ]}
    />
  );
}
