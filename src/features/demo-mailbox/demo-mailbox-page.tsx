import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import type { DemoProviderLetters } from '../../api/contracts/provider-check';
import { fetchDemoProviderLetters } from '../../api/demo-provider-letters';
import { serviceInfoQuery } from '../../api/service-info-query';
import { validateIk } from '../../domain/identifiers/ik';
import { useMessages } from '../../i18n/feature-messages';
import { formatInstantDate } from '../../i18n/format-date';
import { useI18n } from '../../i18n/use-i18n';
import { ErrorSummary } from '../../ui/error-summary';
import { fieldError, formErrorList } from '../../ui/form-errors';
import { NotificationBanner } from '../../ui/notification-banner';
import { PageHeading } from '../../ui/page-heading';
import { TextField } from '../../ui/text-field';
import { usePageTitle } from '../../ui/use-page-title';
import { demoMailboxMessages, type DemoMailboxMessageKey } from './demo-mailbox-messages';
import './demo-mailbox.css';

type MailboxForm = { ik: string };
const key = (messageKey: DemoMailboxMessageKey) => messageKey;

// The IK with its check digit (§ 293 SGB V); messages are keys of demo-mailbox-messages.ts.
const mailboxSchema = z.object({
  ik: z.string().transform((typed, context) => {
    const result = validateIk(typed);
    if (result.ok) return result.value;
    const code = result.problem.code;
    context.addIssue({
      code: 'custom',
      message: key(
        code === 'ik.empty'
          ? 'error.ik.required'
          : code === 'ik.checkDigit'
            ? 'error.ik.checkDigit'
            : 'error.ik.format',
      ),
    });
    return z.NEVER;
  }),
}) satisfies z.ZodType<MailboxForm, MailboxForm>;

/**
 * Demo only: the letters the insurer "posted" to a provider (issue 15) — the initial password and the Prüfnummer
 * the registration sends — in place of the print service. The route exists in every build; the page shows the
 * mailbox only where the server says it runs as a demo (service info), like the other demo controls that work
 * against the real server in demo mode, and says "not here" everywhere else.
 */
export function DemoMailboxPage() {
  const t = useMessages(demoMailboxMessages);
  const { t: core } = useI18n();
  usePageTitle(t('title'), core('app.name'));
  const info = useQuery(serviceInfoQuery());
  if (info.isPending) return <p role="status">{t('checking')}</p>;
  if (!info.data?.demo) {
    return (
      <div className="page">
        <PageHeading>{t('notDemo.title')}</PageHeading>
        <p>{t('notDemo.text')}</p>
      </div>
    );
  }
  return <Mailbox />;
}

function Mailbox() {
  const t = useMessages(demoMailboxMessages);
  const idPrefix = useId();
  const idFor = (name: string) => `${idPrefix}-${name}`;
  const { register, handleSubmit, formState } = useForm<MailboxForm, unknown, MailboxForm>({
    resolver: zodResolver(mailboxSchema),
    defaultValues: { ik: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const [shown, setShown] = useState<{ ik: string; letters: DemoProviderLetters['letters'] } | null>(null);
  const errors: FieldErrors<MailboxForm> = formState.errors;
  const translate = (code: string) => t(code as DemoMailboxMessageKey);
  const summary = formErrorList(errors, ['ik'], idFor, translate);
  const submit = handleSubmit(async ({ ik }) => {
    if (pending) return;
    setPending(true);
    setFailed(false);
    try {
      setShown({ ik, letters: (await fetchDemoProviderLetters(ik)).letters });
    } catch {
      setFailed(true);
    } finally {
      setPending(false);
    }
  });

  return (
    <div className="page">
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('lead')}</p>
      <ErrorSummary title={t('error.summary')} errors={summary} submitCount={formState.submitCount} />
      {failed && (
        <NotificationBanner kind="error" title={t('failed.title')} announce>
          <p>{t('failed.text')}</p>
        </NotificationBanner>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id={idFor('ik')}
          label={t('ik.label')}
          hint={t('ik.hint')}
          error={fieldError(errors, 'ik', translate)}
          registration={register('ik')}
          autoComplete="off"
          inputMode="numeric"
          spellCheck={false}
          width="medium"
        />
        <div className="button-group">
          <button type="submit" className="button" disabled={pending}>
            {t('submit')}
          </button>
        </div>
        <p role="status">{pending ? t('pending') : ''}</p>
      </form>
      {shown && <Letters key={`${shown.ik}-${shown.letters.length}`} ik={shown.ik} letters={shown.letters} />}
      <p>
        <Link to="/leistungserbringer">{t('login.link')}</Link>
      </p>
    </div>
  );
}

function Letters({ ik, letters }: { ik: string; letters: DemoProviderLetters['letters'] }) {
  const t = useMessages(demoMailboxMessages);
  const { language } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="demo-letters-title">
      <h2 id="demo-letters-title" ref={heading} tabIndex={-1}>
        {t('letters.title', { ik })}
      </h2>
      {letters.length === 0 && <p>{t('letters.none')}</p>}
      {letters.map((letter) => (
        <article key={letter.id} className="demo-letter" aria-labelledby={`demo-letter-${letter.id}`}>
          <h3 id={`demo-letter-${letter.id}`} className="demo-letter__label">
            {t('letter.label')}: {letter.subject}
          </h3>
          <p className="demo-letter__date">
            {t('letter.created', { date: formatInstantDate(letter.createdAt, language) })}
          </p>
          <dl className="demo-letter__head">
            <dt>{t('letter.to')}</dt>
            <dd>
              <address>
                {[letter.recipient.name, ...letter.recipient.addressLines].map((line, index) => (
                  <span key={`${index}-${line}`} className="demo-letter__line">
                    {line}
                  </span>
                ))}
              </address>
            </dd>
            <dt>{t('letter.subject')}</dt>
            <dd>{letter.subject}</dd>
          </dl>
          <h4 className="visually-hidden">{t('letter.body')}</h4>
          <pre className="demo-letter__body">{letter.body}</pre>
        </article>
      ))}
    </section>
  );
}
