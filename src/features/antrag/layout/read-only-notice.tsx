import { Link } from 'react-router';
import { useMessages } from '../../../i18n/feature-messages';
import { formatInstantDate } from '../../../i18n/format-date';
import { useI18n } from '../../../i18n/use-i18n';
import type { SubmissionMark } from '../../../storage/draft-store';
import { PageHeading } from '../../../ui/page-heading';
import { usePageTitle } from '../../../ui/use-page-title';
import { confirmationPath, sendPagePath, statusPath } from '../absenden/send-paths';
import { FurtherApplication } from '../draft/further-application';
import { submissionMessages } from '../draft/submission-messages';

/**
 * Shown by the layout instead of a wizard page once the draft is being sent or was sent: what was sent stays as
 * it was sent (one application per draft), and the notice leads to where the application can be followed.
 */
export function ReadOnlyNotice({ submission }: { submission: SubmissionMark }) {
  const s = useMessages(submissionMessages);
  const { t: core, language } = useI18n();
  const sent = submission.state === 'sent';
  const title = sent ? s('readOnly.sent.title') : s('readOnly.pending.title');
  usePageTitle(title, core('app.name'));
  return (
    <div className="page">
      <PageHeading>{title}</PageHeading>
      {submission.state === 'sent' ? (
        <>
          <p>{s('readOnly.sent.text', { reference: submission.reference })}</p>
          <ul className="bullets">
            <li>
              <Link to={confirmationPath}>{s('readOnly.confirmation')}</Link>
            </li>
            <li>
              <Link to={statusPath}>{s('readOnly.status')}</Link>
            </li>
            <li>
              <Link to="/antrag">{s('readOnly.tasks')}</Link>
            </li>
          </ul>
          <FurtherApplication reference={submission.reference} />
        </>
      ) : (
        <>
          <p>
            {s('readOnly.pending.text', {
              date: formatInstantDate(submission.until, language, 'long'),
            })}
          </p>
          <ul className="bullets">
            <li>
              <Link to={sendPagePath}>{s('readOnly.send')}</Link>
            </li>
            <li>
              <Link to="/antrag">{s('readOnly.tasks')}</Link>
            </li>
          </ul>
        </>
      )}
    </div>
  );
}
