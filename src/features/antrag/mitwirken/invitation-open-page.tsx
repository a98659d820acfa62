import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/api-error';
import { invitationProblemCodes as codes, secret256Schema } from '../../../api/contracts/invitations';
import { openInvitation } from '../../../api/invitation-client';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { readStorageChoice } from '../../../storage/storage-choice';
import { ErrorSummary } from '../../../ui/error-summary';
import { fieldError, formErrorList } from '../../../ui/form-errors';
import { NotificationBanner } from '../../../ui/notification-banner';
import { PageHeading } from '../../../ui/page-heading';
import { TextField } from '../../../ui/text-field';
import { usePageTitle } from '../../../ui/use-page-title';
import { memberStartPath } from '../flow/member-paths';
import { memberMessages, type MemberMessageKey } from './member-messages';
import {
  openFieldOrder,
  openInvitationSchema,
  type OpenInvitationForm,
  type OpenInvitationValues,
} from './open-invitation-schema';
import { rememberPendingInvitation } from './pending-invitation';

/**
 * The page a family member's link opens (/mitwirken/{token}, issue 14): the code the applicant told them and
 * their own date of birth open the invitation. The server counts wrong attempts; the sixth locks the invitation,
 * and the page never says how many remain. Then the member's draft opens on this device, after the storage choice
 * if this device has none yet.
 */
export function InvitationOpenPage() {
  const t = useMessages(memberMessages);
  const { t: core } = useI18n();
  usePageTitle(t('open.title'), core('app.name'));
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const idPrefix = useId();
  const idFor = (name: string) => `${idPrefix}-${name}`;
  const { register, handleSubmit, formState, setValue } = useForm<
    OpenInvitationForm,
    unknown,
    OpenInvitationValues
  >({
    resolver: zodResolver(openInvitationSchema),
    defaultValues: { shortCode: '', birthDate: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [chooseStorage, setChooseStorage] = useState(false);
  const tokenValid = secret256Schema.safeParse(token).success;

  const open = async (values: OpenInvitationValues) => {
    setPending(true);
    setFailure(null);
    try {
      const session = await openInvitation({ token, ...values });
      rememberPendingInvitation({ token, birthDate: values.birthDate, session });
      // Nothing is stored before the member chose where (TR-03161 O.Purp_3).
      if (readStorageChoice() === undefined) setChooseStorage(true);
      else void navigate(memberStartPath);
    } catch (error) {
      // The code goes after a refusal; the date of birth stays, it is the member's own.
      setValue('shortCode', '');
      setFailure(error);
    } finally {
      setPending(false);
    }
  };
  const errors: FieldErrors<OpenInvitationForm> = formState.errors;
  const translate = (code: string) => t(code as MemberMessageKey);
  const summary = formErrorList(errors, openFieldOrder, idFor, translate);
  const submit = handleSubmit(
    async (values) => {
      if (!pending) await open(values);
    },
    () => setFailure(null),
  );

  if (chooseStorage) {
    const next = `&weiter=mitwirken`;
    return (
      <div className="page">
        <PageHeading>{t('open.storage.title')}</PageHeading>
        <p>{t('open.storage.text')}</p>
        <div className="button-group">
          <Link className="button" to={`/antrag/beginnen?speicher=geraet${next}`}>
            {t('open.storage.device')}
          </Link>
          <Link className="button button--secondary" to={`/antrag/beginnen?speicher=besuch${next}`}>
            {t('open.storage.visit')}
          </Link>
        </div>
      </div>
    );
  }

  return (
    <div className="page">
      <PageHeading>{t('open.title')}</PageHeading>
      <p className="lead">{t('open.lead')}</p>
      <p>{t('open.privacy')}</p>
      {!tokenValid ? (
        <OpenFailed error={new ApiError('http', 'not found', { status: 404, code: codes.notFound })} />
      ) : (
        <>
          <ErrorSummary
            title={t('open.error.summary')}
            errors={summary}
            submitCount={formState.submitCount}
          />
          {failure !== null && <OpenFailed error={failure} />}
          <form onSubmit={(event) => void submit(event)} noValidate>
            <TextField
              id={idFor('shortCode')}
              label={t('open.code.label')}
              hint={t('open.code.hint')}
              error={fieldError(errors, 'shortCode', translate)}
              registration={register('shortCode')}
              autoComplete="one-time-code"
              spellCheck={false}
              width="medium"
            />
            <TextField
              id={idFor('birthDate')}
              label={t('open.birthDate.label')}
              hint={t('open.birthDate.hint')}
              error={fieldError(errors, 'birthDate', translate)}
              registration={register('birthDate')}
              autoComplete="bday"
              width="medium"
            />
            <div className="button-group">
              <button type="submit" className="button" disabled={pending}>
                {t('open.submit')}
              </button>
            </div>
            <p role="status">{pending ? t('open.pending') : ''}</p>
          </form>
        </>
      )}
    </div>
  );
}

const failureKeys: Record<string, 'wrongCode' | 'locked' | 'expired' | 'withdrawn' | 'notFound'> = {
  [codes.wrongCode]: 'wrongCode',
  [codes.locked]: 'locked',
  [codes.expired]: 'expired',
  [codes.withdrawn]: 'withdrawn',
  [codes.notFound]: 'notFound',
};

function OpenFailed({ error }: { error: unknown }) {
  const t = useMessages(memberMessages);
  const apiError = error instanceof ApiError ? error : undefined;
  const known = apiError?.code === undefined ? undefined : failureKeys[apiError.code];
  const key = known ?? (apiError?.status === 429 ? 'throttled' : 'error');
  return (
    <NotificationBanner kind="error" title={t(`open.failed.${key}.title`)} announce>
      <p>{t(`open.failed.${key}.text`)}</p>
    </NotificationBanner>
  );
}
