import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { Link } from 'react-router';
import { ApiError } from '../../../api/api-error';
import type { SubmissionState } from '../../../api/contracts/submission';
import { fetchSubmissionStatus } from '../../../api/submission-status-query';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { ErrorSummary } from '../../../ui/error-summary';
import { fieldError, formErrorList } from '../../../ui/form-errors';
import { NotificationBanner } from '../../../ui/notification-banner';
import { PageHeading } from '../../../ui/page-heading';
import { TextField } from '../../../ui/text-field';
import { usePageTitle } from '../../../ui/use-page-title';
import { statusMessages, type StatusMessageKey } from './status-messages';
import {
  statusLookupFieldOrder,
  statusLookupSchema,
  type StatusLookup,
  type StatusLookupForm,
} from './status-lookup-schema';
import { StatusSteps } from './status-steps';

/**
 * "Bearbeitungsstand abfragen": the status of any application from its reference and Abrufcode, on any device
 * and without a draft. A lookup on demand (a mutation, not a cached query): the code travels in a header and is
 * kept only in memory while the result is shown, for its letters and requested documents. A 404 never says which
 * of the two did not fit.
 */
export function StatusLookupPage() {
  const t = useMessages(statusMessages);
  const { t: core } = useI18n();
  usePageTitle(t('lookup.title'), core('app.name'));
  const idPrefix = useId();
  const idFor = (name: string) => `${idPrefix}-${name}`;
  const lookup = useMutation({
    mutationFn: ({ reference, abrufcode }: StatusLookup) => fetchSubmissionStatus(reference, abrufcode),
  });
  const { register, handleSubmit, formState } = useForm<StatusLookupForm, unknown, StatusLookup>({
    resolver: zodResolver(statusLookupSchema),
    defaultValues: { reference: '', abrufcode: '' },
    // Validate when the user asks, not while they type (ux.md).
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // The error summary takes focus instead (GOV.UK pattern).
    shouldFocusError: false,
  });
  const errors: FieldErrors<StatusLookupForm> = formState.errors;
  const translate = (code: string) => t(code as StatusMessageKey);
  const summary = formErrorList(errors, statusLookupFieldOrder, idFor, translate);

  const submit = handleSubmit(
    (values) => {
      if (!lookup.isPending) lookup.mutate(values);
    },
    () => lookup.reset(),
  );

  return (
    <div className="page">
      <PageHeading>{t('lookup.title')}</PageHeading>
      <p className="lead">{t('lookup.lead')}</p>
      <ErrorSummary title={t('lookup.error.summary')} errors={summary} submitCount={formState.submitCount} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id={idFor('reference')}
          label={t('lookup.reference.label')}
          hint={t('lookup.reference.hint')}
          error={fieldError(errors, 'reference', translate)}
          registration={register('reference')}
          autoComplete="off"
          spellCheck={false}
          width="medium"
        />
        <TextField
          id={idFor('abrufcode')}
          label={t('lookup.code.label')}
          hint={t('lookup.code.hint')}
          error={fieldError(errors, 'abrufcode', translate)}
          registration={register('abrufcode')}
          autoComplete="off"
          spellCheck={false}
        />
        <div className="button-group">
          <button type="submit" className="button" disabled={lookup.isPending}>
            {t('lookup.submit')}
          </button>
        </div>
        <p role="status">{lookup.isPending ? t('status.loading') : ''}</p>
      </form>
      {lookup.isError && <LookupFailed error={lookup.error} />}
      {lookup.data && lookup.variables && (
        // A new lookup starts afresh; the code stays in memory for the letters and the upload, nowhere else.
        <LookupResult key={lookup.submittedAt} state={lookup.data} lookedUp={lookup.variables} />
      )}
      <p>{t('lookup.lost')}</p>
      <p>
        <Link to="/kontakt">{core('start.help.link')}</Link>
      </p>
    </div>
  );
}

function LookupFailed({ error }: { error: unknown }) {
  const t = useMessages(statusMessages);
  const status = error instanceof ApiError ? error.status : undefined;
  if (status === 404)
    return (
      <NotificationBanner kind="error" title={t('lookup.notFound.title')} announce>
        <p>{t('lookup.notFound.text')}</p>
      </NotificationBanner>
    );
  if (status === 429)
    return (
      <NotificationBanner kind="error" title={t('lookup.tooMany.title')} announce>
        <p>{t('lookup.tooMany.text')}</p>
      </NotificationBanner>
    );
  return (
    <NotificationBanner kind="error" title={t('status.failed')} announce>
      <p>{t('lookup.failed.text')}</p>
    </NotificationBanner>
  );
}

function LookupResult({ state, lookedUp }: { state: SubmissionState; lookedUp: StatusLookup }) {
  const t = useMessages(statusMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  // After an upload the status is fetched again with the same pair; focus stays where the user is.
  const [current, setCurrent] = useState(state);
  // The result appears below the form: focus moves to it, so screen readers read it at once.
  useEffect(() => heading.current?.focus(), [state]);
  const access = {
    abrufcode: lookedUp.abrufcode,
    refresh: () => fetchSubmissionStatus(lookedUp.reference, lookedUp.abrufcode).then(setCurrent),
  };
  return (
    <section aria-labelledby="status-lookup-result">
      <h2 id="status-lookup-result" ref={heading} tabIndex={-1}>
        {t('status.reference', { reference: current.reference })}
      </h2>
      <StatusSteps state={current} access={access} />
    </section>
  );
}
