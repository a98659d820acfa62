import { contactStep } from '../../../domain/application/steps/person-steps';
import { useMessages } from '../../../i18n/feature-messages';
import { pagePath } from '../flow/flow-paths';
import { TextStepPage } from '../form/text-step-page';
import { personMessages } from './person-messages';
import { useSectionAnswers } from '../form/use-section-answers';

const schema = contactStep();

/** Optional: how the insurer may reach the applicant with questions about the application. */
export function ContactPage() {
  const t = useMessages(personMessages);
  const { values, save } = useSectionAnswers('person');
  return (
    <TextStepPage
      title={t('contact.title')}
      caption={t('caption')}
      intro={<p>{t('contact.intro')}</p>}
      backTo={pagePath('person.address')}
      page="person.contact"
      schema={schema}
      values={values}
      save={save}
      fields={[
        {
          name: 'phone',
          label: t('contact.phone'),
          autoComplete: 'tel',
          type: 'tel',
          inputMode: 'tel',
          width: 'medium',
        },
        {
          name: 'email',
          label: t('contact.email'),
          autoComplete: 'email',
          type: 'email',
          inputMode: 'email',
          width: 'long',
          spellCheck: false,
        },
      ]}
    />
  );
}
