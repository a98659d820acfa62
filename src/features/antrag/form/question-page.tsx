import type { FormEventHandler, ReactNode } from 'react';
import { BackLink } from '../../../ui/back-link';
import { ErrorSummary } from '../../../ui/error-summary';
import type { FieldError } from '../../../ui/error-summary';
import { usePageTitle } from '../../../ui/use-page-title';
import { useI18n } from '../../../i18n/use-i18n';
import { useMessages } from '../../../i18n/feature-messages';
import { antragMessages } from '../antrag-messages';

type Props = {
  /** The page's question; shown as the h1 unless a field renders it (labelAsHeading / legendAsHeading). */
  title: string;
  headingInField?: boolean;
  /** The section this page belongs to, shown above the heading ("Persönliche Angaben"). */
  caption?: string;
  backTo: string;
  errors: readonly FieldError[];
  submitCount: number;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel?: string;
  /** Replaces the single submit button, e.g. "Speichern und weiteren Beleg erfassen" beside "Speichern". */
  buttons?: ReactNode;
  children: ReactNode;
  /** Content after the button, e.g. a link back to the task list. */
  after?: ReactNode;
};

/** GOV.UK question page: back link, error summary, one question, "Speichern und weiter". */
export function QuestionPage(props: Props) {
  const {
    title,
    headingInField = false,
    caption,
    backTo,
    errors,
    submitCount,
    onSubmit,
    children,
    after,
  } = props;
  const { t: core } = useI18n();
  const t = useMessages(antragMessages);
  // WCAG 3.3.1 / GOV.UK: the title says there is an error, so screen-reader users hear it first.
  usePageTitle(errors.length > 0 ? `${t('form.errorTitlePrefix')} ${title}` : title, core('app.name'));
  return (
    <div className="page question-page">
      <BackLink to={backTo}>{t('form.back')}</BackLink>
      <ErrorSummary title={t('form.errorSummary')} errors={errors} submitCount={submitCount} />
      {caption && <p className="caption">{caption}</p>}
      {!headingInField && (
        <h1 id="page-heading" tabIndex={-1}>
          {title}
        </h1>
      )}
      <form onSubmit={onSubmit} noValidate>
        {children}
        {props.buttons ?? (
          <button type="submit" className="button">
            {props.submitLabel ?? t('form.continue')}
          </button>
        )}
      </form>
      {after}
    </div>
  );
}
