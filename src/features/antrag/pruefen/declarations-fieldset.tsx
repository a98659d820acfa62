import type { FormEventHandler } from 'react';
import { Link } from 'react-router';
import type { UseFormRegister } from 'react-hook-form';
import type { Answers } from '../../../domain/application/draft-answers';
import { useMessages } from '../../../i18n/feature-messages';
import { CheckboxField } from '../../../ui/checkbox-field';
import { fieldId } from '../form/use-step-form';
import { checkMessages } from './check-messages';

type Props = {
  register: UseFormRegister<NonNullable<Answers['declarations']>>;
  errorFor: (name: string) => string | undefined;
  onSubmit: FormEventHandler<HTMLFormElement>;
};

/**
 * The two declarations and "Antrag absenden". The button is never disabled (GOV.UK: a disabled button explains
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
      <button type="submit" className="button">
        {t('send.button')}
      </button>
    </form>
  );
}
