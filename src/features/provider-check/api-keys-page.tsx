import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import type { ProviderApiKey, ProviderNewApiKey } from '../../api/contracts/provider-check';
import {
  createApiKey,
  fetchApiKeys,
  providerApiKeysKey,
  revokeApiKey,
} from '../../api/provider-check-client';
import { useMessages } from '../../i18n/feature-messages';
import { formatInstantDate } from '../../i18n/format-date';
import { useI18n } from '../../i18n/use-i18n';
import { ErrorSummary } from '../../ui/error-summary';
import { fieldError, formErrorList } from '../../ui/form-errors';
import { NotificationBanner } from '../../ui/notification-banner';
import { PageHeading } from '../../ui/page-heading';
import { TextField } from '../../ui/text-field';
import { usePageTitle } from '../../ui/use-page-title';
import { curlExample, fhirAnswerExample } from './api-key-example';
import { apiKeyMessages, type ApiKeyMessageKey } from './api-key-messages';
import { apiKeyFieldOrder, apiKeySchema, type ApiKeyForm } from './api-key-schema';
import { todayIso } from './provider-clock';
import { sessionHasEnded, useProvider } from './provider-layout';

/**
 * "Schnittstelle für Ihre Software" (issue 15): API keys for practice and pharmacy software. A key is made with a
 * label and shown once (kept in this page's memory only, gone when the page is left), with a copy button and the
 * documented example request; the list shows label and dates, never a key; revoking asks first.
 */
export function ApiKeysPage() {
  const t = useMessages(apiKeyMessages);
  const { t: core } = useI18n();
  usePageTitle(t('keys.title'), core('app.name'));
  const { endSession } = useProvider();
  const queryClient = useQueryClient();
  const idPrefix = useId();
  const idFor = (name: string) => `${idPrefix}-${name}`;
  const [created, setCreated] = useState<ProviderNewApiKey | null>(null);
  const keys = useQuery({ queryKey: providerApiKeysKey, queryFn: fetchApiKeys });
  const listEnded = keys.isError && sessionHasEnded(keys.error);
  useEffect(() => {
    if (listEnded) endSession('expired');
  }, [listEnded, endSession]);

  const { register, handleSubmit, formState, reset } = useForm<ApiKeyForm, unknown, ApiKeyForm>({
    resolver: zodResolver(apiKeySchema),
    defaultValues: { label: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const create = useMutation({
    mutationFn: (label: string) => createApiKey(label),
    onSuccess: (answer) => {
      setCreated(answer);
      reset({ label: '' });
      void queryClient.invalidateQueries({ queryKey: providerApiKeysKey });
    },
    onError: (error) => {
      if (sessionHasEnded(error)) endSession('expired');
    },
  });
  const errors: FieldErrors<ApiKeyForm> = formState.errors;
  const translate = (code: string) => t(code as ApiKeyMessageKey);
  const summary = formErrorList(errors, apiKeyFieldOrder, idFor, translate);
  const submit = handleSubmit(
    (values) => {
      if (!create.isPending) create.mutate(values.label);
    },
    () => create.reset(),
  );

  return (
    <div className="page">
      <PageHeading>{t('keys.title')}</PageHeading>
      <p className="lead">{t('keys.lead')}</p>
      {created && <CreatedKey created={created} />}

      <h2>{t('keys.new.title')}</h2>
      <ErrorSummary title={t('keys.error.summary')} errors={summary} submitCount={formState.submitCount} />
      {create.isError && !sessionHasEnded(create.error) && (
        <NotificationBanner kind="error" title={t('keys.createFailed.title')} announce>
          <p>{t('keys.createFailed.text')}</p>
        </NotificationBanner>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id={idFor('label')}
          label={t('keys.label.label')}
          hint={t('keys.label.hint')}
          error={fieldError(errors, 'label', translate)}
          registration={register('label')}
          autoComplete="off"
          width="long"
        />
        <div className="button-group">
          <button type="submit" className="button" disabled={create.isPending}>
            {t('keys.create')}
          </button>
        </div>
        <p role="status">{create.isPending ? t('keys.creating') : ''}</p>
      </form>

      <KeyList keys={keys.data} loading={keys.isPending} failed={keys.isError && !listEnded} />
      <Example secret={created?.secret} />
    </div>
  );
}

function CreatedKey({ created }: { created: ProviderNewApiKey }) {
  const t = useMessages(apiKeyMessages);
  const secretId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const [copyMessage, setCopyMessage] = useState('');
  // The form's button stays, but the answer is what matters now: focus moves to it.
  useEffect(() => panel.current?.focus(), [created.key.id]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopyMessage(t('keys.copied'));
    } catch {
      setCopyMessage(t('keys.copyFailed'));
    }
  };
  return (
    <div ref={panel} tabIndex={-1} className="provider-focus-target">
      <NotificationBanner kind="success" title={t('keys.created.title', { label: created.key.label })}>
        <p>
          <strong>{t('keys.created.once')}</strong>
        </p>
        <div className="field">
          <label htmlFor={secretId}>{t('keys.secret.label')}</label>
          <input
            id={secretId}
            className="ui-input input--full provider-secret"
            readOnly
            value={created.secret}
            spellCheck={false}
            autoComplete="off"
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={() => void copy()}>
            {t('keys.copy')}
          </button>
        </div>
        <p role="status">{copyMessage}</p>
      </NotificationBanner>
    </div>
  );
}

function KeyList({
  keys,
  loading,
  failed,
}: {
  keys: ProviderApiKey[] | undefined;
  loading: boolean;
  failed: boolean;
}) {
  const t = useMessages(apiKeyMessages);
  const { language } = useI18n();
  const { endSession } = useProvider();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<ProviderApiKey | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const doneMessage = useRef<HTMLParagraphElement>(null);
  const revoke = useMutation({
    mutationFn: (key: ProviderApiKey) => revokeApiKey(key.id),
    onSuccess: (_, key) => {
      setConfirming(null);
      setRevoked(key.label);
      void queryClient.invalidateQueries({ queryKey: providerApiKeysKey });
    },
    onError: (error) => {
      if (sessionHasEnded(error)) endSession('expired');
    },
  });
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (revoked) doneMessage.current?.focus();
  }, [revoked]);
  const date = (iso: string) => formatInstantDate(iso, language);

  return (
    <section aria-labelledby="provider-keys-title">
      <h2 id="provider-keys-title">{t('keys.list.title')}</h2>
      {revoked && (
        <p ref={doneMessage} tabIndex={-1} role="status" className="provider-done">
          {t('keys.revoked', { label: revoked })}
        </p>
      )}
      {loading && <p role="status">{t('keys.list.loading')}</p>}
      {failed && <p className="field-error">{t('keys.list.failed')}</p>}
      {keys && keys.length === 0 && <p>{t('keys.list.none')}</p>}
      {keys && keys.length > 0 && (
        <table className="provider-table">
          <caption className="visually-hidden">{t('keys.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('keys.list.label')}</th>
              <th scope="col">{t('keys.list.created')}</th>
              <th scope="col">{t('keys.list.lastUsed')}</th>
              <th scope="col">{t('keys.list.action')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key.id}>
                <td data-label={t('keys.list.label')}>{key.label}</td>
                <td data-label={t('keys.list.created')}>{date(key.createdAt)}</td>
                <td data-label={t('keys.list.lastUsed')}>
                  {key.lastUsedAt ? date(key.lastUsedAt) : t('keys.list.never')}
                </td>
                <td data-label={t('keys.list.action')}>
                  <button
                    type="button"
                    className="button button--secondary provider-table__button"
                    onClick={() => {
                      revoke.reset();
                      setRevoked(null);
                      setConfirming(key);
                    }}
                  >
                    {t('keys.revoke')}{' '}
                    <span className="visually-hidden">{t('keys.revoke.context', { label: key.label })}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <div className="provider-confirm" role="group" aria-labelledby="provider-revoke-title">
          <h3 id="provider-revoke-title" ref={confirmHeading} tabIndex={-1}>
            {t('keys.revoke.confirm.title', { label: confirming.label })}
          </h3>
          <p>{t('keys.revoke.confirm.text')}</p>
          {revoke.isError && !sessionHasEnded(revoke.error) && (
            <p className="field-error" role="alert">
              {t('keys.revokeFailed')}
            </p>
          )}
          <div className="button-group">
            <button
              type="button"
              className="button provider-button--warning"
              disabled={revoke.isPending}
              onClick={() => revoke.mutate(confirming)}
            >
              {t('keys.revoke.yes')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                revoke.reset();
                setConfirming(null);
              }}
            >
              {t('keys.revoke.no')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function Example({ secret }: { secret: string | undefined }) {
  const t = useMessages(apiKeyMessages);
  const [today] = useState(todayIso);
  const key = secret ?? `zbk_${t('keys.example.placeholder')}`;
  return (
    <section aria-labelledby="provider-example-title">
      <h2 id="provider-example-title">{t('keys.example.title')}</h2>
      <p>{t('keys.example.text')}</p>
      <h3>{t('keys.example.request')}</h3>
      <pre className="provider-code">
        <code>{curlExample(window.location.origin, key, today)}</code>
      </pre>
      <p>{t('keys.example.consent')}</p>
      <h3>{t('keys.example.answer')}</h3>
      <pre className="provider-code">
        <code>{fhirAnswerExample(`${today.slice(0, 4)}-12-31`)}</code>
      </pre>
      <p>{t('keys.example.notExempt')}</p>
    </section>
  );
}
