import { addressStep } from '../../../domain/application/steps/person-steps';
import { useMessages } from '../../../i18n/feature-messages';
import { pagePath } from '../flow/flow-paths';
import { TextStepPage } from '../form/text-step-page';
import { personMessages } from './person-messages';
import { useSectionAnswers } from '../form/use-section-answers';

const schema = addressStep();

export function AddressPage() {
  const t = useMessages(personMessages);
  const { values, save } = useSectionAnswers('person');
  return (
    <TextStepPage
      title={t('address.title')}
      caption={t('caption')}
      backTo={pagePath('person.kvnr')}
      page="person.address"
      schema={schema}
      values={values}
      save={save}
      fields={[
        { name: 'street', label: t('address.street'), autoComplete: 'street-address', width: 'full' },
        {
          name: 'postalCode',
          label: t('address.postalCode'),
          autoComplete: 'postal-code',
          width: 'short',
          inputMode: 'numeric',
        },
        { name: 'city', label: t('address.city'), autoComplete: 'address-level2', width: 'long' },
      ]}
    />
  );
}
