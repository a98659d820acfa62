import type { FormEventHandler } from 'react';
import { Link } from 'react-router';
import type { UseFormRegister } from 'react-hook-form';
import type { Answers } from '../../../domain/application/draft-answers';
import { useMessages } from '../../../i18n/feature-messages';
import { CheckboxField } from '../../../ui/checkbox-field';
import { RadioGroup } from '../../../ui/radio-group';
import { WhyDisclosure } from '../../../ui/why-disclosure';
import { fieldId } from '../form/use-step-form';
import { checkMessages } from './check-messages';

type Props = {
  register: UseFormRegister<NonNullable<Answers['declarations']>>;
  errorFor: (name: string) => string | undefined;
  onSubmit: FormEventHandler<HTMLFormElement>;
};

/**
 * The two declarations, the optional choice how the Bescheid reaches the applicant, and "Antrag absenden". The
 * choice is two radios, none chosen at first: consent to notification by retrieval (§ 37 Abs. 2a SGB X) must be
 * given actively, and no answer means post only. The button is never disabled (GOV.UK: a disabled button explains
 * nothing and is skipped by keyboard users); pressing it too early shows the error summary instead.
 */
export function DeclarationsFieldset({ register, errorFor, onSubmit }: Props) {
  const t = useMessages(checkMessages);
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="check-declarations">
      <h2 id="check-declarations">{t('declarations.title')}</h2>
      <p>{t('declarations.intro')}</p>
      <CheckboxField
        id={fieldId('correct')}
        label={t('declarations.correct')}
        error={errorFor('correct')}
        registration={register('correct')}
      />
      <CheckboxField
        id={fieldId('consent')}
        label={t('declarations.consent')}
        hint={
          <>
            {t('declarations.consent.hint')} <Link to="/datenschutz">{t('declarations.privacy')}</Link>
          </>
        }
        error={errorFor('consent')}
        registration={register('consent')}
      />
      <RadioGroup
        id={fieldId('electronicNotification')}
        legend={t('notification.legend')}
        hint={t('notification.hint')}
        options={[
          // No hint on the first option: it shares the group's id, so its hint would take the group hint's id.
          { value: 'no', label: t('notification.post') },
          { value: 'yes', label: t('notification.retrieval'), hint: t('notification.retrieval.hint') },
        ]}
        registration={register('electronicNotification')}
      />
      <WhyDisclosure about={t('notification.why.about')}>
        <p>{t('notification.why')}</p>
        <p>{t('notification.why.source')}</p>
      </WhyDisclosure>
      <button type="submit" className="button">
        {t('send.button')}
      </button>
    </form>
  );
}
