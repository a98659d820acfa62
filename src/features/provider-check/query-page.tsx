import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { useLocation } from 'react-router';
import { ApiError } from '../../api/api-error';
import {
  consentForms,
  providerProblemCodes,
  type StatusAnswer,
  type StatusQueryRequest,
} from '../../api/contracts/provider-check';
import { postStatusQuery, providerHistoryKey } from '../../api/provider-check-client';
import { providerSessionKey } from '../../api/provider-session';
import { useMessages } from '../../i18n/feature-messages';
import { pluralKey } from '../../i18n/plural';
import { useI18n } from '../../i18n/use-i18n';
import { ErrorSummary } from '../../ui/error-summary';
import { fieldError, formErrorList } from '../../ui/form-errors';
import { NotificationBanner } from '../../ui/notification-banner';
import { PageHeading } from '../../ui/page-heading';
import { RadioGroup } from '../../ui/radio-group';
import { TextField } from '../../ui/text-field';
import { usePageTitle } from '../../ui/use-page-title';
import { WhyDisclosure } from '../../ui/why-disclosure';
import { nowMs, todayIso } from './provider-clock';
import { sessionHasEnded, useProvider } from './provider-layout';
import { providerMessages } from './provider-messages';
import type { ProviderQueryState } from './provider-paths';
import { queryMessages, type QueryMessageKey } from './query-messages';
import { StatusAnswerView } from './status-answer';
import {
  statusQueryFieldOrder,
  statusQuerySchema,
  typedDate,
  type StatusQueryForm,
} from './status-query-schema';

const emptyPatient = (today: string): StatusQueryForm => ({
  kvnr: '',
  birthDate: '',
  consent: null,
  serviceDate: typedDate(today),
});

/**
 * "Zuzahlungsstatus abfragen" (issue 15): KVNR, birth date, the form of consent and the date of service (today by
 * default) — sent in a POST body, never in a URL. One answer; "Neue Abfrage" clears the patient's data. A refused
 * query keeps everything typed and says what to do (the daily limit and bursts with when to try again).
 */
export function QueryPage() {
  const t = useMessages(queryMessages);
  const provider = useMessages(providerMessages);
  const { t: core } = useI18n();
  usePageTitle(t('query.title'), core('app.name'));
  const { endSession } = useProvider();
  const queryClient = useQueryClient();
  const activated = (useLocation().state as ProviderQueryState)?.activated === true;
  const idPrefix = useId();
  const idFor = (name: string) => `${idPrefix}-${name}`;
  const [today] = useState(todayIso);
  const schema = useMemo(() => statusQuerySchema(today), [today]);
  const { register, handleSubmit, formState, reset, setFocus } = useForm<
    StatusQueryForm,
    unknown,
    StatusQueryRequest
  >({
    resolver: zodResolver(schema),
    defaultValues: emptyPatient(today),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const [pending, setPending] = useState(false);
  // With the moment it failed: a 429's Retry-After counts from then.
  const [failure, setFailure] = useState<{ error: unknown; at: number } | null>(null);
  const [answer, setAnswer] = useState<{ answer: StatusAnswer; serviceDate: string } | null>(null);
  const focusFormNext = useRef(false);
  useEffect(() => {
    if (answer === null && focusFormNext.current) {
      focusFormNext.current = false;
      setFocus('kvnr');
    }
  }, [answer, setFocus]);

  const errors: FieldErrors<StatusQueryForm> = formState.errors;
  const translate = (code: string) => t(code as QueryMessageKey);
  const summary = formErrorList(errors, statusQueryFieldOrder, idFor, translate);

  const submit = handleSubmit(
    async (values) => {
      if (pending) return;
      setPending(true);
      setFailure(null);
      try {
        const result = await postStatusQuery(values);
        setAnswer({ answer: result, serviceDate: values.serviceDate });
        void queryClient.invalidateQueries({ queryKey: providerHistoryKey });
      } catch (error) {
        if (sessionHasEnded(error)) return endSession('expired');
        if (error instanceof ApiError && error.code === providerProblemCodes.activationRequired) {
          // The session is in the activation stage after all: asked again, the layout sends it there.
          return void queryClient.invalidateQueries({ queryKey: providerSessionKey });
        }
        setFailure({ error, at: nowMs() });
      } finally {
        setPending(false);
      }
    },
    () => setFailure(null),
  );

  const newQuery = () => {
    // The patient's data goes; the next patient starts from an empty form with today as the date of service.
    reset(emptyPatient(today));
    setFailure(null);
    focusFormNext.current = true;
    setAnswer(null);
  };

  return (
    <div className="page">
      <PageHeading>{t('query.title')}</PageHeading>
      {activated && answer === null && (
        <NotificationBanner kind="success" title={provider('activate.title')}>
          <p>{provider('activate.done')}</p>
        </NotificationBanner>
      )}
      {answer ? (
        <StatusAnswerView answer={answer.answer} serviceDate={answer.serviceDate} onNewQuery={newQuery} />
      ) : (
        <>
          <p className="lead">{t('query.lead')}</p>
          <ErrorSummary
            title={t('query.error.summary')}
            errors={summary}
            submitCount={formState.submitCount}
          />
          {failure !== null && <QueryFailed error={failure.error} failedAt={failure.at} />}
          <form onSubmit={(event) => void submit(event)} noValidate>
            <TextField
              id={idFor('kvnr')}
              label={t('query.kvnr.label')}
              hint={t('query.kvnr.hint')}
              error={fieldError(errors, 'kvnr', translate)}
              registration={register('kvnr')}
              autoComplete="off"
              spellCheck={false}
              width="medium"
            />
            <TextField
              id={idFor('birthDate')}
              label={t('query.birthDate.label')}
              hint={t('query.birthDate.hint')}
              error={fieldError(errors, 'birthDate', translate)}
              registration={register('birthDate')}
              autoComplete="off"
              spellCheck={false}
              width="medium"
            />
            <RadioGroup
              id={idFor('consent')}
              legend={t('query.consent.legend')}
              hint={t('query.consent.hint')}
              error={fieldError(errors, 'consent', translate)}
              options={consentForms.map((form) => ({ value: form, label: t(`consent.${form}`) }))}
              registration={register('consent')}
            />
            <TextField
              id={idFor('serviceDate')}
              label={t('query.serviceDate.label')}
              hint={t('query.serviceDate.hint')}
              error={fieldError(errors, 'serviceDate', translate)}
              registration={register('serviceDate')}
              autoComplete="off"
              spellCheck={false}
              width="medium"
            />
            <div className="button-group">
              <button type="submit" className="button" disabled={pending}>
                {t('query.submit')}
              </button>
            </div>
            <p role="status">{pending ? t('query.pending') : ''}</p>
          </form>
          <WhyDisclosure about={t('query.why.about')}>
            <p>{t('query.why')}</p>
          </WhyDisclosure>
        </>
      )}
    </div>
  );
}

function QueryFailed({ error, failedAt }: { error: unknown; failedAt: number }) {
  const t = useMessages(queryMessages);
  const { language } = useI18n();
  const apiError = error instanceof ApiError ? error : undefined;
  const seconds = apiError?.retryAfterSeconds;
  if (apiError?.code === providerProblemCodes.quotaExceeded) {
    // The limit counts per calendar day: the next query is possible when the next day starts (Retry-After).
    const at = seconds === undefined ? undefined : new Date(failedAt + seconds * 1000);
    const sameDay = at !== undefined && todayIso(at) === todayIso(new Date(failedAt));
    const time =
      at === undefined
        ? ''
        : new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', {
            hour: '2-digit',
            minute: '2-digit',
          }).format(at);
    return (
      <NotificationBanner kind="error" title={t('limit.quota.title')} announce>
        <p>{t('limit.quota.text')}</p>
        <p>{sameDay ? t('limit.quota.when', { time }) : t('limit.quota.tomorrow')}</p>
        <p>{t('limit.quota.card')}</p>
      </NotificationBanner>
    );
  }
  if (apiError?.status === 429) {
    return (
      <NotificationBanner kind="error" title={t('limit.burst.title')} announce>
        <p>
          {seconds === undefined
            ? t('limit.burst.unknown')
            : t(pluralKey('limit.burst.text', seconds), { count: seconds })}
        </p>
        <p>{t('limit.kept')}</p>
      </NotificationBanner>
    );
  }
  if (apiError?.code === providerProblemCodes.serviceDateOutOfRange) {
    return (
      <NotificationBanner kind="error" title={t('failed.range.title')} announce>
        <p>{t('failed.range.text')}</p>
      </NotificationBanner>
    );
  }
  return (
    <NotificationBanner kind="error" title={t('failed.title')} announce>
      <p>{t('failed.text')}</p>
    </NotificationBanner>
  );
}
