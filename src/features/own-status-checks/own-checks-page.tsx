import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { ApiError } from '../../api/api-error';
import type { InsuredIdentity, InsuredStatusChecks } from '../../api/contracts/provider-check';
import { fetchInsuredStatusChecks } from '../../api/insured-checks-client';
import { useMessages } from '../../i18n/feature-messages';
import { useI18n } from '../../i18n/use-i18n';
import { ErrorSummary } from '../../ui/error-summary';
import { fieldError, formErrorList } from '../../ui/form-errors';
import { NotificationBanner } from '../../ui/notification-banner';
import { PageHeading } from '../../ui/page-heading';
import { TextField } from '../../ui/text-field';
import { usePageTitle } from '../../ui/use-page-title';
import { WhyDisclosure } from '../../ui/why-disclosure';
import { OwnChecksView } from './own-checks-view';
import { ownChecksMessages, type OwnChecksMessageKey } from './own-checks-messages';
import { ownChecksFieldOrder, ownChecksSchema, type OwnChecksForm } from './own-checks-schema';
import './own-checks.css';

/**
 * "Wer hat meinen Befreiungsstatus abgefragt?" (issue 15): with the KVNR and the number of their exemption card,
 * the insured person sees every check of their status and may object per provider. Both numbers are the
 * credential: sent in POST bodies only and kept in this page's memory only — never in storage or the address.
 */
export function OwnChecksPage() {
  const t = useMessages(ownChecksMessages);
  const { t: core } = useI18n();
  usePageTitle(t('title'), core('app.name'));
  const idPrefix = useId();
  const idFor = (name: string) => `${idPrefix}-${name}`;
  const { register, handleSubmit, formState, reset, setFocus } = useForm<
    OwnChecksForm,
    unknown,
    InsuredIdentity
  >({
    resolver: zodResolver(ownChecksSchema),
    defaultValues: { kvnr: '', cardNumber: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [shown, setShown] = useState<{ identity: InsuredIdentity; checks: InsuredStatusChecks } | null>(null);
  const focusFormNext = useRef(false);
  useEffect(() => {
    if (shown === null && focusFormNext.current) {
      focusFormNext.current = false;
      setFocus('kvnr');
    }
  }, [shown, setFocus]);

  const errors: FieldErrors<OwnChecksForm> = formState.errors;
  const translate = (code: string) => t(code as OwnChecksMessageKey);
  const summary = formErrorList(errors, ownChecksFieldOrder, idFor, translate);
  const submit = handleSubmit(
    async (identity) => {
      if (pending) return;
      setPending(true);
      setFailure(null);
      try {
        setShown({ identity, checks: await fetchInsuredStatusChecks(identity) });
      } catch (error) {
        setFailure(error);
      } finally {
        setPending(false);
      }
    },
    () => setFailure(null),
  );
  const close = () => {
    // Both numbers leave memory: the form empties and the list goes.
    reset({ kvnr: '', cardNumber: '' });
    focusFormNext.current = true;
    setShown(null);
  };

  return (
    <div className="page">
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('lead')}</p>
      {shown ? (
        <>
          <OwnChecksView identity={shown.identity} initial={shown.checks} />
          <div className="button-group">
            <button type="button" className="button button--secondary" onClick={close}>
              {t('close')}
            </button>
          </div>
        </>
      ) : (
        <>
          <ErrorSummary title={t('error.summary')} errors={summary} submitCount={formState.submitCount} />
          {failure !== null && <LookupFailed error={failure} />}
          <form onSubmit={(event) => void submit(event)} noValidate>
            <TextField
              id={idFor('kvnr')}
              label={t('kvnr.label')}
              hint={t('kvnr.hint')}
              error={fieldError(errors, 'kvnr', translate)}
              registration={register('kvnr')}
              autoComplete="off"
              spellCheck={false}
              width="medium"
            />
            <TextField
              id={idFor('cardNumber')}
              label={t('cardNumber.label')}
              hint={t('cardNumber.hint')}
              error={fieldError(errors, 'cardNumber', translate)}
              registration={register('cardNumber')}
              autoComplete="off"
              spellCheck={false}
              width="medium"
            />
            <p>{t('privacy')}</p>
            <div className="button-group">
              <button type="submit" className="button" disabled={pending}>
                {t('submit')}
              </button>
            </div>
            <p role="status">{pending ? t('pending') : ''}</p>
          </form>
        </>
      )}
      <WhyDisclosure about={t('why.about')}>
        <p>{t('why')}</p>
      </WhyDisclosure>
    </div>
  );
}

function LookupFailed({ error }: { error: unknown }) {
  const t = useMessages(ownChecksMessages);
  const status = error instanceof ApiError ? error.status : undefined;
  const [title, text]: [OwnChecksMessageKey, OwnChecksMessageKey] =
    status === 404
      ? ['notFound.title', 'notFound.text']
      : status === 429
        ? ['tooMany.title', 'tooMany.text']
        : ['failed.title', 'failed.text'];
  return (
    <NotificationBanner kind="error" title={t(title)} announce>
      <p>{t(text)}</p>
    </NotificationBanner>
  );
}
