import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/api-error';
import {
  documentMediaTypes,
  maxDocumentBytes,
  submissionProblemCodes,
  type SubmissionState,
} from '../../../api/contracts/submission';
import { sendRequestedDocument } from '../../../api/submission-letters';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { formatInstantDate, useFormatDate } from '../../../i18n/format-date';
import { useI18n } from '../../../i18n/use-i18n';
import { ErrorSummary } from '../../../ui/error-summary';
import {
  describedBy,
  errorId,
  FieldErrorMessage,
  fieldClassName,
  FieldHint,
  hintId,
} from '../../../ui/field-parts';
import { NotificationBanner } from '../../../ui/notification-banner';
import { WhyDisclosure } from '../../../ui/why-disclosure';
import { acceptFile } from '../draft/accept-file';
import { todayIso } from '../draft/clock';
import type { PhotoShrinker } from '../photos/photo-shrinker';
import { decisionMessages } from './decision-messages';
import { LetterDownload, latestLetter } from './decision-status';

type Request = NonNullable<SubmissionState['documentRequests']>[number];

/**
 * The request the applicant can still answer, as the server decides it (applicant-case-routes.ts): the newest
 * one, while the case is not decided.
 */
export function openDocumentRequest(state: SubmissionState): Request | undefined {
  if (state.status === 'entschieden' || state.decision) return undefined;
  return state.documentRequests?.at(-1);
}

// Photos are shrunk and stripped of their camera data as in the wizard; the worker loads with the first photo.
const lazyPhotoShrinker: PhotoShrinker = (upload) =>
  import('../photos/shrink-photo-client').then(({ defaultPhotoShrinker }) => defaultPhotoShrinker(upload));

const megabytes = maxDocumentBytes / (1024 * 1024);

type Props = {
  state: SubmissionState;
  /** The code the status was fetched with: it opens the letter and takes the upload. */
  abrufcode: string;
  /** Fetches the status again, after a document arrived (or the request turned out closed). */
  refresh: () => Promise<unknown>;
  /** Injected by tests; the app shrinks photos in a worker where the browser can. */
  shrinkPhoto?: PhotoShrinker;
};

type Phase = 'idle' | 'checking' | 'sending';

/**
 * A request for documents (§ 60 SGB I) on the status page: what is needed, by when, what happens without it (the
 * notice of § 66 Abs. 3 SGB I behind "Warum?"), the request letter, and a form to send one file at a time — checked
 * on the device as in the wizard (type by content, size, structure, active content), photos shrunk, then posted
 * with the Abrufcode. Errors name the file, in the summary (focused) and at the field; progress is said politely.
 */
export function DocumentRequestStatus({ state, abrufcode, refresh, shrinkPhoto = lazyPhotoShrinker }: Props) {
  const t = useMessages(decisionMessages);
  const localized = useLocalized();
  const { language } = useI18n();
  const formatDate = useFormatDate();
  const idPrefix = useId();
  const inputId = `${idPrefix}-file`;
  const uploadHeadingId = `${idPrefix}-upload`;
  const sentHeadingId = `${idPrefix}-sent`;
  const input = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [error, setError] = useState<string | undefined>();
  const [failures, setFailures] = useState(0);
  const [status, setStatus] = useState('');
  const request = openDocumentRequest(state);
  if (!request) return null;
  const letter = latestLetter(state, 'unterlagen-angefordert');
  const uploads = state.uploads ?? [];
  const overdue = todayIso() > request.dueOn;

  const fail = (message: string) => {
    setError(message);
    setStatus('');
    // The summary takes focus again on every failed attempt.
    setFailures((count) => count + 1);
  };

  const serverFailure = (cause: unknown, name: string): string => {
    const problem = cause instanceof ApiError ? cause : undefined;
    if (problem?.code === submissionProblemCodes.noOpenRequest || problem?.status === 409) {
      void refresh().catch(() => undefined);
      return t('upload.error.closed');
    }
    if (problem?.status === 413) return t('upload.error.tooLarge', { name, megabytes });
    if (problem?.code === submissionProblemCodes.documentInvalid || problem?.status === 422)
      return t('upload.error.invalid', { name });
    if (problem?.status === 429) return t('upload.error.tooMany', { name });
    return t('upload.error.failed', { name });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (phase !== 'idle') return;
    const file = input.current?.files?.[0];
    if (!file) {
      fail(t('upload.error.none'));
      return;
    }
    setPhase('checking');
    setStatus(t('upload.checking'));
    try {
      const accepted = await acceptFile(file, shrinkPhoto).catch(() => undefined);
      if (!accepted) {
        fail(t('upload.error.failed', { name: file.name }));
        return;
      }
      if (!accepted.ok) {
        fail(localized(accepted.reason));
        return;
      }
      setPhase('sending');
      setStatus(t('upload.sending', { name: file.name }));
      try {
        const receipt = await sendRequestedDocument(state.reference, abrufcode, {
          name: accepted.name,
          type: accepted.type,
          bytes: accepted.bytes,
        });
        // Empty for the next file (browsers clear a file input only this way).
        if (input.current) input.current.value = '';
        setError(undefined);
        setStatus(t('upload.sent', { name: receipt.name }));
        await refresh().catch(() => undefined);
      } catch (cause) {
        fail(serverFailure(cause, file.name));
      }
    } finally {
      setPhase('idle');
    }
  };

  return (
    <>
      <NotificationBanner kind="info" title={t('request.title')}>
        <p>{t('request.lead')}</p>
        <ul className="bullets">
          {request.documents.map((document, index) => (
            <li key={index}>{document}</li>
          ))}
        </ul>
        <p>
          <strong>
            {overdue
              ? t('request.overdue', { date: formatDate(request.dueOn) })
              : t('request.due', { date: formatDate(request.dueOn) })}
          </strong>
        </p>
        <p>{t('request.consequence')}</p>
        <WhyDisclosure about={t('request.why.about')}>
          <p>{t('request.why')}</p>
          <p>{t('request.source')}</p>
        </WhyDisclosure>
        {!overdue && <p>{t('request.help')}</p>}
        {letter && (
          <LetterDownload
            reference={state.reference}
            abrufcode={abrufcode}
            letterId={letter.id}
            fileName={`Unterlagen-nachreichen-${state.reference}.pdf`}
            label={t('letter.request')}
            context={t('letter.request.context')}
          />
        )}
      </NotificationBanner>
      <section aria-labelledby={uploadHeadingId}>
        <h2 id={uploadHeadingId}>{t('upload.title')}</h2>
        <ErrorSummary
          title={t('upload.error.summary')}
          errors={error ? [{ fieldId: inputId, message: error }] : []}
          submitCount={failures}
        />
        <form onSubmit={(event) => void submit(event)} noValidate>
          <div className={fieldClassName(error)}>
            <label htmlFor={inputId}>{t('upload.label')}</label>
            <FieldHint id={hintId(inputId)}>{t('upload.hint', { megabytes })}</FieldHint>
            {error && <FieldErrorMessage id={errorId(inputId)}>{error}</FieldErrorMessage>}
            <input
              ref={input}
              className="ui-file-input"
              id={inputId}
              name="document"
              type="file"
              accept={documentMediaTypes.join(',')}
              aria-describedby={describedBy(hintId(inputId), error && errorId(inputId))}
              aria-invalid={error ? true : undefined}
            />
          </div>
          <div className="button-group">
            <button
              type="submit"
              className="button"
              // Not `disabled`: a disabled button drops the keyboard focus while the file is on its way.
              aria-disabled={phase !== 'idle' || undefined}
            >
              {t('upload.send')}
            </button>
          </div>
          <p role="status">{status}</p>
        </form>
        {uploads.length > 0 && (
          <>
            <h3 id={sentHeadingId}>{t('uploads.title')}</h3>
            <ul className="bullets" aria-labelledby={sentHeadingId}>
              {uploads.map((upload, index) => (
                <li key={`${index}-${upload.receivedAt}`}>
                  {t('uploads.item', {
                    name: upload.name,
                    date: formatInstantDate(upload.receivedAt, language),
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
