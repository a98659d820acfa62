import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { accessibilityFeedbackMutation } from '../../api/accessibility-feedback-mutation';
import { ApiError } from '../../api/api-error';
import { useMessages } from '../../i18n/feature-messages';
import { useI18n } from '../../i18n/use-i18n';
import { ErrorSummary } from '../../ui/error-summary';
import { demoContacts } from './demo-contacts';
import { feedbackFormMessages, type FeedbackMessageKey } from './feedback-form-messages';
import {
  feedbackFieldLimits,
  feedbackFieldOrder,
  feedbackFormSchema,
  type FeedbackField,
  type FeedbackForm,
  type FeedbackFormValues,
} from './feedback-form-schema';
import './feedback-form.css';

/**
 * The feedback mechanism of § 12b Abs. 2 Nr. 2 BGG. Validated when sent (error summary, GOV.UK); a failed send
 * keeps every word typed and offers to send again; a sent report is confirmed with the insurer's reference.
 */
export function AccessibilityFeedbackForm() {
  const { language } = useI18n();
  const m = useMessages(feedbackFormMessages);
  const idPrefix = useId();
  const id = (name: FeedbackField) => `${idPrefix}-${name}`;
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const mutation = useMutation(accessibilityFeedbackMutation());
  const { register, handleSubmit, formState, reset } = useForm<FeedbackForm, unknown, FeedbackFormValues>({
    resolver: zodResolver(feedbackFormSchema),
    defaultValues: { name: '', email: '', page: '', description: '' },
    // Validate when the user sends, not while they type (ux.md).
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // The error summary takes focus instead (GOV.UK pattern); RHF would move it to the first field.
    shouldFocusError: false,
  });
  const errors: FieldErrors<FeedbackForm> = formState.errors;

  // The form is replaced by the confirmation: focus follows, so screen readers read it at once.
  const sent = mutation.isSuccess;
  useEffect(() => {
    if (sent) doneHeading.current?.focus();
  }, [sent]);

  const submit = handleSubmit((values) => {
    if (mutation.isPending) return;
    mutation.mutate({ ...values, language });
  });

  if (mutation.data) {
    return (
      <div className="notice">
        <h3 ref={doneHeading} tabIndex={-1}>
          {m('done.title')}
        </h3>
        <p>
          {m('done.reference')} <span className="feedback-reference">{mutation.data.reference}</span>
        </p>
        <p>{m('done.next')}</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            reset();
            mutation.reset();
          }}
        >
          {m('done.another')}
        </button>
      </div>
    );
  }

  const message = (name: FeedbackField) => {
    const text = errors[name]?.message;
    return text ? m(text as FeedbackMessageKey, { max: feedbackFieldLimits[name] }) : undefined;
  };
  const summary = feedbackFieldOrder.flatMap((name) => {
    const text = message(name);
    return text ? [{ fieldId: id(name), message: text }] : [];
  });
  const describedBy = (name: FeedbackField, hint: boolean) =>
    [hint ? `${id(name)}-hint` : '', errors[name] ? `${id(name)}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  const fieldClass = (name: FeedbackField) => (errors[name] ? 'field field--error' : 'field');
  const label = (name: FeedbackField, text: FeedbackMessageKey, hint?: FeedbackMessageKey) => (
    <>
      <label htmlFor={id(name)}>{m(text)}</label>
      {hint && (
        <span className="field-hint" id={`${id(name)}-hint`}>
          {m(hint)}
        </span>
      )}
      {errors[name] && (
        <span className="field-error" id={`${id(name)}-error`}>
          <span className="visually-hidden">{m('error.prefix')} </span>
          {message(name)}
        </span>
      )}
    </>
  );
  const inputProps = (name: FeedbackField, hint: boolean) => ({
    id: id(name),
    'aria-describedby': describedBy(name, hint),
    'aria-invalid': Boolean(errors[name]),
    ...register(name),
  });
  const failure = mutation.error;
  const retryable = failure instanceof ApiError && failure.retryable;

  return (
    <>
      <ErrorSummary title={m('error.summary')} errors={summary} submitCount={formState.submitCount} />
      <form className="feedback-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className={fieldClass('name')}>
          {label('name', 'name.label')}
          {/* The user's own name and e-mail: WCAG 1.3.5 tokens let the browser fill them in. */}
          <input type="text" autoComplete="name" {...inputProps('name', false)} />
        </div>
        <div className={fieldClass('email')}>
          {label('email', 'email.label', 'email.hint')}
          <input type="email" autoComplete="email" spellCheck={false} {...inputProps('email', true)} />
        </div>
        <div className={fieldClass('page')}>
          {label('page', 'page.label', 'page.hint')}
          <input type="text" autoComplete="off" {...inputProps('page', true)} />
        </div>
        <div className={fieldClass('description')}>
          {label('description', 'description.label', 'description.hint')}
          <textarea rows={6} {...inputProps('description', true)} />
        </div>
        {failure && (
          <div className="notice notice--error" role="alert">
            {retryable ? (
              <p>{m('failed.retryable')}</p>
            ) : (
              <p>
                {m('failed.final')}{' '}
                <a href={`mailto:${demoContacts.email.accessibility}`}>{demoContacts.email.accessibility}</a>
              </p>
            )}
          </div>
        )}
        <div className="button-group">
          <button type="submit" className="button">
            {failure && retryable ? m('retry') : m('submit')}
          </button>
        </div>
        <p role="status">{mutation.isPending ? m('sending') : ''}</p>
      </form>
    </>
  );
}
