import { bankStep } from '../../../domain/application/steps/person-steps';
import { useMessages } from '../../../i18n/feature-messages';
import { pagePath } from '../flow/flow-paths';
import { TextStepPage } from '../form/text-step-page';
import { personMessages } from './person-messages';
import { useSectionAnswers } from '../form/use-section-answers';

const schema = bankStep();

/** The account for refunds of co-payments above the limit. */
export function BankPage() {
  const t = useMessages(personMessages);
  const { values, save } = useSectionAnswers('bank');
  const representation = useSectionAnswers('representation').values;
  return (
    <TextStepPage
      title={t('bank.title')}
      caption={t('caption')}
      intro={<p>{t('bank.intro')}</p>}
      backTo={
        representation.kind && representation.kind !== 'self'
          ? pagePath('person.representative')
          : pagePath('person.representation')
      }
      page="person.bank"
      schema={schema}
      values={values}
      save={save}
      fields={[
        {
          name: 'iban',
          label: t('bank.iban'),
          hint: t('bank.iban.hint'),
          autoComplete: 'off',
          width: 'long',
          spellCheck: false,
        },
        {
          name: 'accountHolder',
          label: t('bank.holder'),
          autoComplete: 'off',
          width: 'long',
          spellCheck: false,
        },
      ]}
    />
  );
}
