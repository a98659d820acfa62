import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { caseworkerSessionKey, loginCaseworker } from '../../api/caseworker-session';
import { caseworkerProblemCodes } from '../../api/contracts/caseworker-auth';
import { useMessages } from '../../i18n/feature-messages';
import { pluralKey } from '../../i18n/plural';
import { useI18n } from '../../i18n/use-i18n';
import { ErrorSummary } from '../../ui/error-summary';
import { fieldError, formErrorList } from '../../ui/form-errors';
import { NotificationBanner } from '../../ui/notification-banner';
import { PageHeading } from '../../ui/page-heading';
import { TextField } from '../../ui/text-field';
import { PasswordField } from './password-field';
import { usePageTitle } from '../../ui/use-page-title';
import { loginFieldOrder, loginSchema, type LoginForm } from './login-schema';
import { sachbearbeitungMessages, type SachbearbeitungMessageKey } from './sachbearbeitung-messages';
import { returnToParam, safeReturnTo, type LoginPageState } from './sachbearbeitung-paths';

/**
 * "Anmelden in der Sachbearbeitung": username, password and the authenticator's code (ADR 0020). Every refused
 * login reads the same, as the server answers it; after a refusal only the username stays in the form.
 */
export function LoginPage() {
  const t = useMessages(sachbearbeitungMessages);
  const { t: core } = useI18n();
  usePageTitle(t('login.title'), core('app.name'));
  const idPrefix = useId();
  const idFor = (name: string) => `${idPrefix}-${name}`;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const ended = (useLocation().state as LoginPageState)?.ended;
  const { register, handleSubmit, formState, setValue } = useForm<LoginForm, unknown, LoginForm>({
    resolver: zodResolver(loginSchema),
    defaultValues: { username: '', password: '', totp: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  // Not a TanStack mutation: its cache would keep the variables — password and code — after a failure.
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const login = async (values: LoginForm) => {
    setPending(true);
    setFailure(null);
    try {
      const session = await loginCaseworker(values);
      queryClient.setQueryData(caseworkerSessionKey, session);
      void navigate(safeReturnTo(params.get(returnToParam)), { replace: true });
    } catch (error) {
      // Nothing secret outlives a failed attempt: the password and the code go, the username stays.
      setValue('password', '');
      setValue('totp', '');
      setFailure(error);
      setPending(false);
    }
  };
  const errors: FieldErrors<LoginForm> = formState.errors;
  const translate = (code: string) => t(code as SachbearbeitungMessageKey);
  const summary = formErrorList(errors, loginFieldOrder, idFor, translate);
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
          id={idFor('username')}
          label={t('login.username.label')}
          error={fieldError(errors, 'username', translate)}
          registration={register('username')}
          autoComplete="username"
          spellCheck={false}
          width="medium"
        />
        <PasswordField
          id={idFor('password')}
          label={t('login.password.label')}
          error={fieldError(errors, 'password', translate)}
          registration={register('password')}
        />
        <TextField
          id={idFor('totp')}
          label={t('login.totp.label')}
          hint={t('login.totp.hint')}
          error={fieldError(errors, 'totp', translate)}
          registration={register('totp')}
          autoComplete="one-time-code"
          inputMode="numeric"
          spellCheck={false}
          width="short"
        />
        <div className="button-group">
          <button type="submit" className="button" disabled={pending}>
            {t('login.submit')}
          </button>
        </div>
        <p role="status">{pending ? t('login.pending') : ''}</p>
      </form>
    </div>
  );
}

function LoginFailed({ error }: { error: unknown }) {
  const t = useMessages(sachbearbeitungMessages);
  const apiError = error instanceof ApiError ? error : undefined;
  if (apiError?.status === 429 || apiError?.code === caseworkerProblemCodes.loginLocked) {
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
