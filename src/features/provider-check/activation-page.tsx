import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { Link } from 'react-router';
import { ApiError } from '../../api/api-error';
import { providerProblemCodes, type ProviderActivationRequest } from '../../api/contracts/provider-check';
import { activateProvider, providerSessionKey } from '../../api/provider-session';
import { apiProblemSchema } from '../../api/contracts/api-problem';
import { useMessages } from '../../i18n/feature-messages';
import { useI18n } from '../../i18n/use-i18n';
import { ErrorSummary } from '../../ui/error-summary';
import { fieldError, formErrorList } from '../../ui/form-errors';
import { NotificationBanner } from '../../ui/notification-banner';
import { PageHeading } from '../../ui/page-heading';
import { TextField } from '../../ui/text-field';
import { usePageTitle } from '../../ui/use-page-title';
import { activationFieldOrder, activationSchema, type ActivationForm } from './activation-schema';
import { PasswordInput } from './password-input';
import { sessionHasEnded, useProvider } from './provider-layout';
import { providerMessages, type ProviderMessageKey } from './provider-messages';
import { providerPages } from './provider-paths';

/**
 * "Zugang einrichten" (issue 15): after the first login with the letter's initial password, the Prüfnummer from
 * the same letter and a personal password, typed twice. The page checks length, the IK and the repetition; the
 * server judges how easy the password is to guess and says why (passwordWeak), which the page shows as it came.
 */
export function ActivationPage() {
  const t = useMessages(providerMessages);
  const { t: core } = useI18n();
  usePageTitle(t('activate.title'), core('app.name'));
  const { session, endSession } = useProvider();
  const idPrefix = useId();
  const idFor = (name: string) => `${idPrefix}-${name}`;
  const queryClient = useQueryClient();
  const schema = useMemo(() => activationSchema(session.provider.ik), [session.provider.ik]);
  const { register, handleSubmit, formState } = useForm<ActivationForm, unknown, ProviderActivationRequest>({
    resolver: zodResolver(schema),
    defaultValues: { pruefnummer: '', newPassword: '', repeat: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  // Not a TanStack mutation: its cache would keep the password after a failure.
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const errors: FieldErrors<ActivationForm> = formState.errors;
  const translate = (code: string) => t(code as ProviderMessageKey);
  const summary = formErrorList(errors, activationFieldOrder, idFor, translate);

  const submit = handleSubmit(
    async (values) => {
      if (pending) return;
      setPending(true);
      setFailure(null);
      try {
        const active = await activateProvider(values);
        // The layout sees the active session on this page and moves on to the query, saying the access is set up.
        queryClient.setQueryData(providerSessionKey, active);
      } catch (error) {
        if (sessionHasEnded(error)) {
          endSession('expired');
          return;
        }
        // Everything typed stays: a weak password is changed in place, a wrong Prüfnummer corrected.
        setFailure(error);
        setPending(false);
      }
    },
    () => setFailure(null),
  );

  return (
    <div className="page">
      <PageHeading>{t('activate.title')}</PageHeading>
      <p className="lead">{t('activate.lead')}</p>
      <ErrorSummary title={t('login.error.summary')} errors={summary} submitCount={formState.submitCount} />
      {failure !== null && <ActivationFailed error={failure} />}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id={idFor('pruefnummer')}
          label={t('activate.pruefnummer.label')}
          hint={t('activate.pruefnummer.hint')}
          error={fieldError(errors, 'pruefnummer', translate)}
          registration={register('pruefnummer')}
          autoComplete="one-time-code"
          spellCheck={false}
          width="medium"
        />
        <PasswordInput
          id={idFor('newPassword')}
          label={t('activate.password.label')}
          hint={
            <>
              {t('activate.password.hint.title')}
              <ul className="bullets provider-hints">
                <li>{t('activate.password.hint.length')}</li>
                <li>{t('activate.password.hint.ik')}</li>
                <li>{t('activate.password.hint.words')}</li>
              </ul>
            </>
          }
          error={fieldError(errors, 'newPassword', translate)}
          registration={register('newPassword')}
          autoComplete="new-password"
        />
        <PasswordInput
          id={idFor('repeat')}
          label={t('activate.repeat.label')}
          error={fieldError(errors, 'repeat', translate)}
          registration={register('repeat')}
          autoComplete="new-password"
        />
        <div className="button-group">
          <button type="submit" className="button" disabled={pending}>
            {t('activate.submit')}
          </button>
        </div>
        <p role="status">{pending ? t('activate.pending') : ''}</p>
      </form>
    </div>
  );
}

function ActivationFailed({ error }: { error: unknown }) {
  const t = useMessages(providerMessages);
  const apiError = error instanceof ApiError ? error : undefined;
  if (apiError?.code === providerProblemCodes.pruefnummerInvalid) {
    return (
      <NotificationBanner kind="error" title={t('activate.pruefnummerInvalid.title')} announce>
        <p>{t('activate.pruefnummerInvalid.text')}</p>
        <p>
          <Link to={providerPages.newLetter}>{t('newLetter.submit')}</Link>
        </p>
      </NotificationBanner>
    );
  }
  if (apiError?.code === providerProblemCodes.passwordWeak) {
    // The server says why in German and English (zxcvbn's judgement); shown as it came.
    const detail = apiProblemSchema.safeParse(apiError.problem).data?.detail;
    return (
      <NotificationBanner kind="error" title={t('activate.weak.title')} announce>
        {detail && <p className="provider-server-detail">{detail}</p>}
        <p>{t('activate.weak.text')}</p>
      </NotificationBanner>
    );
  }
  return (
    <NotificationBanner kind="error" title={t('activate.failed.title')} announce>
      <p>{t('activate.failed.text')}</p>
    </NotificationBanner>
  );
}
