import { Link, Navigate } from 'react-router';
import {
  sectionStates,
  sectionsComplete,
  type SectionStatus,
} from '../../../domain/application/section-status';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { formatInstantDate } from '../../../i18n/format-date';
import { pluralKey } from '../../../i18n/plural';
import { useI18n } from '../../../i18n/use-i18n';
import { NotificationBanner } from '../../../ui/notification-banner';
import { PageHeading } from '../../../ui/page-heading';
import { TaskList, type TaskStatusKind } from '../../../ui/task-list';
import { usePageTitle } from '../../../ui/use-page-title';
import { antragMessages, type AntragMessageKey } from '../antrag-messages';
import { useDraft } from '../draft/draft-context';
import { FurtherApplication } from '../draft/further-application';
import { safeResumePath } from '../draft/resume-path';
import { submissionMessages } from '../draft/submission-messages';
import { sendPagePath } from '../absenden/send-paths';
import { sections } from '../flow/sections';
import { DeleteDraftControl } from './delete-draft-control';
import { SentApplicationSummary } from './sent-application-summary';

const statusText: Record<SectionStatus, AntragMessageKey> = {
  notStarted: 'status.notStarted',
  inProgress: 'status.inProgress',
  complete: 'status.complete',
  notNeeded: 'status.notNeeded',
  cannotStart: 'status.cannotStart',
};

/** "Ihr Antrag": every section with its status, in any order; checking is open at any time. */
export function TaskListPage() {
  const t = useMessages(antragMessages);
  const s = useMessages(submissionMessages);
  const { t: core, language } = useI18n();
  const localized = useLocalized();
  const { draft, context, unreadableParts, submission } = useDraft();
  usePageTitle(t('tasks.title'), core('app.name'));
  if (!draft || !context) return <Navigate to="/antrag/jahr" replace />;
  const states = sectionStates(draft, context);
  const done = sections.filter((section) =>
    ['complete', 'notNeeded'].includes(states[section.id].status),
  ).length;
  const ready = sectionsComplete(states);
  // Only a page inside the wizard is offered; anything else stored in the draft leaves the task list as it is.
  const resumeAt = safeResumePath(draft.lastPath);
  return (
    <div className="page">
      <PageHeading>{t('tasks.title')}</PageHeading>
      <p className="lead">{t('tasks.year', { year: draft.year })}</p>
      {unreadableParts.length > 0 && (
        <NotificationBanner kind="warning" title={t('tasks.unreadable.title')}>
          <p>{t('tasks.unreadable.text')}</p>
        </NotificationBanner>
      )}
      <p>{t(pluralKey('tasks.progress', done), { done, total: sections.length })}</p>
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
          <Link to={resumeAt}>{t('tasks.resume')}</Link>
        </p>
      )}
      <TaskList
        items={sections.map((section) => {
          const state = states[section.id];
          return {
            id: section.id,
            title: t(section.title),
            to: state.status === 'cannotStart' ? undefined : section.path,
            hint: state.reason ? localized(state.reason) : undefined,
            status: { label: t(statusText[state.status]), kind: state.status satisfies TaskStatusKind },
          };
        })}
      />
      <h2>{t('tasks.limit.title')}</h2>
      <p>{t('tasks.limit.text')}</p>
      <p>
        <Link to="/antrag/belastungsgrenze">{t('tasks.limit.link')}</Link>
      </p>
      <h2>{t('tasks.check.title')}</h2>
      <p>{ready ? t('tasks.check.ready') : t('tasks.check.notReady')}</p>
      <Link className={ready ? 'button' : 'button button--secondary'} to="/antrag/pruefen">
        {t('tasks.check.link')}
      </Link>
      <h2>{t('tasks.manage.title')}</h2>
      <ul className="bullets">
        <li>
          <Link to="/antrag/jahr" state={{ returnTo: '/antrag' }}>
            {t('tasks.manage.year')}
          </Link>
        </li>
        <li>
          <Link to="/antrag/entwuerfe">{t('tasks.manage.drafts')}</Link>
        </li>
      </ul>
      <DeleteDraftControl />
    </div>
  );
}
