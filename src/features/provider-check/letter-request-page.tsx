import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { Link } from 'react-router';
import { AltchaUnsolvedError } from '../../api/altcha-proof';
import { ApiError } from '../../api/api-error';
import { providerProblemCodes } from '../../api/contracts/provider-check';
import { requestProviderLetter } from '../../api/provider-check-client';
import { serviceInfoQuery } from '../../api/service-info-query';
import { useMessages } from '../../i18n/feature-messages';
import { useI18n } from '../../i18n/use-i18n';
import { BackLink } from '../../ui/back-link';
import { CheckboxField } from '../../ui/checkbox-field';
import { ErrorSummary } from '../../ui/error-summary';
import { fieldError, formErrorList } from '../../ui/form-errors';
import { NotificationBanner } from '../../ui/notification-banner';
import { PageHeading } from '../../ui/page-heading';
import { TextField } from '../../ui/text-field';
import { usePageTitle } from '../../ui/use-page-title';
import { WhyDisclosure } from '../../ui/why-disclosure';
import {
  letterRequestFieldOrder,
  newLetterSchema,
  registrationSchema,
  type LetterRequestForm,
  type LetterRequestValues,
} from './letter-request-schema';
import { providerMessages, type ProviderMessageKey } from './provider-messages';
import { demoMailboxPage, providerPages } from './provider-paths';
import './provider-check.css';

/** "Zugang beantragen": the IK and the terms of use; the letter goes to the address on file (ADR 0026). */
export function RegistrationPage() {
  return <LetterRequestPage reason="registration" />;
}

/** "Neuen Brief anfordern": after a lost password or a dormant account, a new letter with a new Prüfnummer. */
export function NewLetterPage() {
  return <LetterRequestPage reason="newLetter" />;
}

type Reason = 'registration' | 'newLetter';

/**
 * The letter request. Submitting runs the proof of work (no puzzle, nothing to see or hear: the browser computes
 * for a moment, in a Web Worker) and sends the request; a polite live region says "Ihre Anfrage wird geprüft …"
 * meanwhile. The answer is the same whether or not the IK is on file, so the page says the same every time.
 */
function LetterRequestPage({ reason }: { reason: Reason }) {
  const t = useMessages(providerMessages);
  const { t: core } = useI18n();
  const registration = reason === 'registration';
  const title = t(registration ? 'register.title' : 'newLetter.title');
  usePageTitle(title, core('app.name'));
  const idPrefix = useId();
  const idFor = (name: string) => `${idPrefix}-${name}`;
  const { register, handleSubmit, formState } = useForm<LetterRequestForm, unknown, LetterRequestValues>({
    resolver: zodResolver(registration ? registrationSchema : newLetterSchema),
    defaultValues: { ik: '', termsAccepted: false },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const errors: FieldErrors<LetterRequestForm> = formState.errors;
  const translate = (code: string) => t(code as ProviderMessageKey);
  const summary = formErrorList(errors, letterRequestFieldOrder, idFor, translate);

  const submit = handleSubmit(
    async (values) => {
      if (pending) return;
      setPending(true);
      setFailure(null);
      try {
        await requestProviderLetter({ ik: values.ik, reason, termsAccepted: values.termsAccepted });
        setSent(true);
      } catch (error) {
        // The form keeps everything typed: sending again needs no retyping.
        setFailure(error);
      } finally {
        setPending(false);
      }
    },
    () => setFailure(null),
  );

  return (
    <div className="page">
      <BackLink to={providerPages.login}>{t('letter.sent.login')}</BackLink>
      <PageHeading>{title}</PageHeading>
      {sent ? (
        <LetterSent />
      ) : (
        <>
          <p className="lead">{t(registration ? 'register.lead' : 'newLetter.lead')}</p>
          <p>{t(registration ? 'register.post' : 'newLetter.keep')}</p>
          <ErrorSummary
            title={t('login.error.summary')}
            errors={summary}
            submitCount={formState.submitCount}
          />
          {failure !== null && <LetterFailed error={failure} />}
          <form onSubmit={(event) => void submit(event)} noValidate>
            <TextField
              id={idFor('ik')}
              label={t('login.ik.label')}
              hint={t('register.ik.hint')}
              error={fieldError(errors, 'ik', translate)}
              registration={register('ik')}
              autoComplete="off"
              inputMode="numeric"
              spellCheck={false}
              width="medium"
            />
            {registration && (
              <section aria-labelledby={idFor('terms-title')} className="provider-terms">
                <h2 id={idFor('terms-title')}>{t('register.terms.title')}</h2>
                <p>{t('register.terms.intro')}</p>
                <ul className="bullets">
                  <li>{t('register.terms.consent')}</li>
                  <li>{t('register.terms.purpose')}</li>
                  <li>{t('register.terms.log')}</li>
                  <li>{t('register.terms.limit')}</li>
                  <li>{t('register.terms.secret')}</li>
                </ul>
                <WhyDisclosure about={t('register.why.about')}>
                  <p>{t('register.why')}</p>
                </WhyDisclosure>
                <CheckboxField
                  id={idFor('termsAccepted')}
                  label={t('register.terms.label')}
                  error={fieldError(errors, 'termsAccepted', translate)}
                  registration={register('termsAccepted')}
                />
              </section>
            )}
            <div className="button-group">
              <button type="submit" className="button" disabled={pending}>
                {t(registration ? 'register.submit' : 'newLetter.submit')}
              </button>
            </div>
            <p role="status" aria-live="polite">
              {pending ? t('letter.checking') : ''}
            </p>
          </form>
        </>
      )}
    </div>
  );
}

function LetterSent() {
  const t = useMessages(providerMessages);
  const info = useQuery(serviceInfoQuery());
  const answer = useRef<HTMLDivElement>(null);
  // The form and its button are gone: focus moves to the answer, so keyboard and screen reader users start there.
  useEffect(() => answer.current?.focus(), []);
  return (
    <div ref={answer} tabIndex={-1} className="provider-focus-target">
      <NotificationBanner kind="success" title={t('letter.sent.title')}>
        <p>{t('letter.sent.text')}</p>
        <p>{t('letter.sent.none')}</p>
      </NotificationBanner>
      {info.data?.demo && (
        <p>
          <Link to={demoMailboxPage}>{t('letter.demo')}</Link>
        </p>
      )}
      <p>
        <Link to={providerPages.login}>{t('letter.sent.login')}</Link>
      </p>
    </div>
  );
}

function LetterFailed({ error }: { error: unknown }) {
  const t = useMessages(providerMessages);
  const apiError = error instanceof ApiError ? error : undefined;
  const [title, text]: [ProviderMessageKey, ProviderMessageKey] =
    error instanceof AltchaUnsolvedError
      ? ['letter.unsolved.title', 'letter.unsolved.text']
      : apiError?.code === providerProblemCodes.challengeFailed
        ? ['letter.challenge.title', 'letter.challenge.text']
        : apiError?.status === 429
          ? ['letter.tooMany.title', 'letter.tooMany.text']
          : ['letter.failed.title', 'letter.failed.text'];
  return (
    <NotificationBanner kind="error" title={t(title)} announce>
      <p>{t(text)}</p>
    </NotificationBanner>
  );
}
