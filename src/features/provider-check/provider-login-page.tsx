import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { providerProblemCodes } from '../../api/contracts/provider-check';
import { loginProvider, providerSessionKey } from '../../api/provider-session';
import { useMessages } from '../../i18n/feature-messages';
import { pluralKey } from '../../i18n/plural';
import { useI18n } from '../../i18n/use-i18n';
import { ErrorSummary } from '../../ui/error-summary';
import { fieldError, formErrorList } from '../../ui/form-errors';
import { NotificationBanner } from '../../ui/notification-banner';
import { PageHeading } from '../../ui/page-heading';
import { TextField } from '../../ui/text-field';
import { usePageTitle } from '../../ui/use-page-title';
import { PasswordInput } from './password-input';
import {
  providerLoginFieldOrder,
  providerLoginSchema,
  type ProviderLoginForm,
} from './provider-login-schema';
import { providerMessages, type ProviderMessageKey } from './provider-messages';
import { providerPages, returnToParam, safeReturnTo, type ProviderLoginState } from './provider-paths';
import './provider-check.css';

/**
 * "Anmeldung für Apotheken und Praxen" (issue 15): IK and password. The first login uses the letter's initial
 * password and leads to the activation; later ones the personal password. Every refused login reads the same, as
 * the server answers it; after a refusal only the IK stays in the form.
 */
export function ProviderLoginPage() {
  const t = useMessages(providerMessages);
  const { t: core } = useI18n();
  usePageTitle(t('login.title'), core('app.name'));
  const idPrefix = useId();
  const idFor = (name: string) => `${idPrefix}-${name}`;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const ended = (useLocation().state as ProviderLoginState)?.ended;
  const { register, handleSubmit, formState, setValue } = useForm<
    ProviderLoginForm,
    unknown,
    ProviderLoginForm
  >({
    resolver: zodResolver(providerLoginSchema),
    defaultValues: { ik: '', password: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  // Not a TanStack mutation: its cache would keep the variables — the password — after a failure.
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const login = async (values: ProviderLoginForm) => {
    setPending(true);
    setFailure(null);
    try {
      const session = await loginProvider(values);
      queryClient.setQueryData(providerSessionKey, session);
      const next =
        session.stage === 'activation' ? providerPages.activation : safeReturnTo(params.get(returnToParam));
      void navigate(next, { replace: true });
    } catch (error) {
      // Nothing secret outlives a failed attempt: the password goes, the IK stays.
      setValue('password', '');
      setFailure(error);
      setPending(false);
    }
  };
  const errors: FieldErrors<ProviderLoginForm> = formState.errors;
  const translate = (code: string) => t(code as ProviderMessageKey);
  const summary = formErrorList(errors, providerLoginFieldOrder, idFor, translate);
  const submit = handleSubmit(
    async (values) => {
      if (!pending) await login(values);
    },
    () => setFailure(null),
  );

  return (
    <div className="page">
      <PageHeading>{t('login.title')}</PageHeading>
      {ended && failure === null && (
        <NotificationBanner
          kind={ended === 'logout' ? 'success' : 'info'}
          title={t(`login.ended.${ended}.title`)}
        >
          <p>{t(`login.ended.${ended}.text`)}</p>
        </NotificationBanner>
      )}
      <p className="lead">{t('login.lead')}</p>
      <ErrorSummary title={t('login.error.summary')} errors={summary} submitCount={formState.submitCount} />
      {failure !== null && <LoginFailed error={failure} />}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id={idFor('ik')}
          label={t('login.ik.label')}
          hint={t('login.ik.hint')}
          error={fieldError(errors, 'ik', translate)}
          registration={register('ik')}
          autoComplete="username"
          inputMode="numeric"
          spellCheck={false}
          width="medium"
        />
        <PasswordInput
          id={idFor('password')}
          label={t('login.password.label')}
          hint={t('login.password.hint')}
          error={fieldError(errors, 'password', translate)}
          registration={register('password')}
          autoComplete="current-password"
        />
        <div className="button-group">
          <button type="submit" className="button" disabled={pending}>
            {t('login.submit')}
          </button>
        </div>
        <p role="status">{pending ? t('login.pending') : ''}</p>
      </form>
      <h2>{t('login.noAccess.title')}</h2>
      <ul className="bullets">
        <li>
          <Link to={providerPages.register}>{t('login.register')}</Link>
        </li>
        <li>
          <Link to={providerPages.newLetter}>{t('login.lost')}</Link>
        </li>
      </ul>
    </div>
  );
}

function LoginFailed({ error }: { error: unknown }) {
  const t = useMessages(providerMessages);
  const apiError = error instanceof ApiError ? error : undefined;
  if (apiError?.status === 429 || apiError?.code === providerProblemCodes.loginLocked) {
    const seconds = apiError.retryAfterSeconds;
    const minutes = seconds === undefined ? undefined : Math.max(1, Math.ceil(seconds / 60));
    return (
      <NotificationBanner kind="error" title={t('login.locked.title')} announce>
        <p>
          {minutes === undefined
            ? t('login.locked.unknown')
            : t(pluralKey('login.locked.text', minutes), { count: minutes })}
        </p>
      </NotificationBanner>
    );
  }
  if (apiError?.code === providerProblemCodes.dormant) {
    return (
      <NotificationBanner kind="error" title={t('login.dormant.title')} announce>
        <p>{t('login.dormant.text')}</p>
        <p>
          <Link to={providerPages.newLetter}>{t('newLetter.submit')}</Link>
        </p>
      </NotificationBanner>
    );
  }
  // 401 and 400 (a malformed request) read the same: the page never tells which part was wrong.
  if (apiError?.status !== undefined && apiError.status < 500) {
    return (
      <NotificationBanner kind="error" title={t('login.failed.title')} announce>
        <p>{t('login.failed.text')}</p>
      </NotificationBanner>
    );
  }
  return (
    <NotificationBanner kind="error" title={t('login.error.title')} announce>
      <p>{t('login.error.text')}</p>
    </NotificationBanner>
  );
}
