import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { useMessages } from '../../../i18n/feature-messages';
import { formatInstantDate } from '../../../i18n/format-date';
import { pluralKey } from '../../../i18n/plural';
import { useI18n } from '../../../i18n/use-i18n';
import { NotificationBanner } from '../../../ui/notification-banner';
import { PageHeading } from '../../../ui/page-heading';
import { TaskList } from '../../../ui/task-list';
import { usePageTitle } from '../../../ui/use-page-title';
import { useDraft } from '../draft/draft-context';
import { useOpenDraft } from '../draft/use-open-draft';
import { useSubmission } from '../draft/use-submission';
import { FurtherApplication } from '../draft/further-application';
import { submissionMessages } from '../draft/submission-messages';
import { sendPagePath } from '../absenden/send-paths';
import { sectionEntries } from '../flow/antrag-flow';
import { resumeTarget } from '../flow/resume-target';
import { useSectionTaskItem } from './use-section-task-item';
import { DeleteDraftControl } from './delete-draft-control';
import { SentApplicationSummary } from './sent-application-summary';
import { taskMessages } from './task-messages';
import { memberMessages } from '../mitwirken/member-messages';
import { invitePath } from '../mitwirken/invite-path';

// A family member's own draft (issue 14) has its own list; loaded only for such a draft.
const MemberTaskList = lazy(() =>
  import('../mitwirken/member-task-list').then((m) => ({ default: m.MemberTaskList })),
);

/** "Ihr Antrag": every section with its status, in any order; checking is open at any time. */
export function TaskListPage() {
  const { draft } = useOpenDraft();
  if (draft.memberOf)
    return (
      <Suspense fallback={null}>
        <MemberTaskList />
      </Suspense>
    );
  return <ApplicantTaskList />;
}

function ApplicantTaskList() {
  const tk = useMessages(taskMessages);
  const mm = useMessages(memberMessages);
  const s = useMessages(submissionMessages);
  const { t: core, language } = useI18n();
  const taskItem = useSectionTaskItem();
  const { draft, checked } = useOpenDraft();
  const { unreadableParts } = useDraft();
  const { submission } = useSubmission();
  usePageTitle(tk('tasks.title'), core('app.name'));
  const states = checked.sections;
  // A past year has no advance payment: its row is left out rather than shown as impossible.
  const sections = sectionEntries.filter((section) => states[section.id].reason !== 'notOffered');
  // An optional section (this year's advance payment before any answer) is neither done nor owed.
  const owed = sections.filter((section) => states[section.id].optional !== true);
  const done = owed.filter((section) => ['complete', 'notNeeded'].includes(states[section.id].status)).length;
  const ready = checked.complete;
  // The next open page from where the user stopped; only pages of the flow are ever offered.
  const resumeAt = resumeTarget(checked, draft.lastPath);
  return (
    <div className="page">
      <PageHeading>{tk('tasks.title')}</PageHeading>
      <p className="lead">{tk('tasks.year', { year: draft.year })}</p>
      {unreadableParts.length > 0 && (
        <NotificationBanner kind="warning" title={tk('tasks.unreadable.title')}>
          <p>{tk('tasks.unreadable.text')}</p>
        </NotificationBanner>
      )}
      <p>{tk(pluralKey('tasks.progress', done), { done, total: owed.length })}</p>
      {submission?.state === 'sent' && <SentApplicationSummary reference={submission.reference} />}
      {submission?.state === 'pending' && (
        <NotificationBanner kind="info" title={s('readOnly.pending.title')}>
          <p>
            {s('readOnly.pending.text', {
              date: formatInstantDate(submission.until, language, 'long'),
            })}
          </p>
          <p>
            <Link to={sendPagePath}>{s('readOnly.send')}</Link>
          </p>
        </NotificationBanner>
      )}
      {draft.furtherApplicationTo && (
        <NotificationBanner kind="info" title={s('further.banner.title')}>
          <p>{s('further.banner.text', { reference: draft.furtherApplicationTo.reference })}</p>
        </NotificationBanner>
      )}
      {submission?.state === 'sent' && <FurtherApplication reference={submission.reference} />}
      {!submission && resumeAt && (
        <p>
          <Link to={resumeAt}>{tk('tasks.resume')}</Link>
        </p>
      )}
      <TaskList items={sections.map((section) => taskItem(section, states[section.id]))} />
      {checked.memberParts.size > 0 && (
        <>
          <h2>{mm('applicant.parts.title')}</h2>
          <ul className="bullets">
            {[...checked.memberParts.values()].map((part) => {
              const person = checked.people.find((candidate) => candidate.id === part.memberId);
              return (
                <li key={part.memberId}>
                  <Link to={invitePath(part.memberId)}>
                    {mm('applicant.parts.item', { name: person?.name ?? '' })}
                  </Link>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h2>{tk('tasks.limit.title')}</h2>
      <p>{tk('tasks.limit.text')}</p>
      <p>
        <Link to="/antrag/belastungsgrenze">{tk('tasks.limit.link')}</Link>
      </p>
      <h2>{tk('tasks.check.title')}</h2>
      <p>{ready ? tk('tasks.check.ready') : tk('tasks.check.notReady')}</p>
      <Link className={ready ? 'button' : 'button button--secondary'} to="/antrag/pruefen">
        {tk('tasks.check.link')}
      </Link>
      <h2>{tk('tasks.manage.title')}</h2>
      <ul className="bullets">
        <li>
          <Link to="/antrag/jahr" state={{ returnTo: '/antrag' }}>
            {tk('tasks.manage.year')}
          </Link>
        </li>
        <li>
          <Link to="/antrag/entwuerfe">{tk('tasks.manage.drafts')}</Link>
        </li>
      </ul>
      <DeleteDraftControl />
    </div>
  );
}
