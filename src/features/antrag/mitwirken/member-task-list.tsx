import { Link } from 'react-router';
import type { SectionStatus } from '../../../domain/application/check-application';
import { memberPartMissing } from '../../../domain/member-part/build-member-part-document';
import { useMessages } from '../../../i18n/feature-messages';
import { formatInstantDate } from '../../../i18n/format-date';
import { pluralKey } from '../../../i18n/plural';
import { useI18n } from '../../../i18n/use-i18n';
import { PageHeading } from '../../../ui/page-heading';
import { TaskList, type TaskStatusKind } from '../../../ui/task-list';
import { usePageTitle } from '../../../ui/use-page-title';
import { antragMessages, type AntragMessageKey } from '../antrag-messages';
import { DeleteDraftControl } from '../aufgaben/delete-draft-control';
import { useOpenDraft } from '../draft/use-open-draft';
import { memberSections } from '../flow/member-flow';
import { memberHandInPath } from '../flow/member-paths';
import { pagePath } from '../flow/flow-paths';
import { useMissingText } from '../flow/use-missing-text';
import { memberMessages } from './member-messages';
import { OwnPartNotice } from './own-part-notice';
import { useOwnPart } from './use-own-part';

const statusText: Record<SectionStatus, AntragMessageKey> = {
  notStarted: 'status.notStarted',
  inProgress: 'status.inProgress',
  complete: 'status.complete',
  notNeeded: 'status.notNeeded',
  cannotStart: 'status.cannotStart',
};

/**
 * A family member's "Ihr Antrag" (issue 14): only their own sections — incomes, chronic illness, receipts — with
 * the same pages as the applicant's, then declaring and handing in. Who invited them and until when; nothing else
 * of the application.
 */
export function MemberTaskList() {
  const t = useMessages(antragMessages);
  const m = useMessages(memberMessages);
  const { t: core, language } = useI18n();
  const { draft, checked } = useOpenDraft();
  const { part } = useOwnPart();
  const text = useMissingText();
  usePageTitle(m('tasks.title'), core('app.name'));
  const memberOf = draft.memberOf;
  if (!memberOf) return null;
  // The member's draft answers the household as "nobody else" (member-draft.ts), so their sections never wait for
  // it and read exactly like the applicant's; handing in needs memberPartMissing's check as well (name, birth date).
  const sections = memberSections.map((section) => ({ section, state: checked.sections[section.id] }));
  const owed = sections.filter(({ state }) => state.status !== 'notNeeded');
  const done = owed.filter(({ state }) => state.status === 'complete').length;
  const ready = memberPartMissing(checked).length === 0;
  return (
    <div className="page">
      <PageHeading>{m('tasks.title')}</PageHeading>
      <p className="lead">{m('tasks.lead', { invitedBy: memberOf.invitedBy, year: draft.year })}</p>
      <p>{m('tasks.expires', { date: formatInstantDate(memberOf.expiresAt, language, 'long') })}</p>
      <OwnPartNotice part={part} memberOf={memberOf} />
      <p>{m(pluralKey('tasks.progress', done), { done, total: owed.length })}</p>
      <TaskList
        items={sections.map(({ section, state }) => ({
          id: section.id,
          title: t(section.title),
          to: pagePath(section.page),
          hint: state.reason ? text.reason(state.reason) : undefined,
          status: { label: t(statusText[state.status]), kind: state.status satisfies TaskStatusKind },
        }))}
      />
      <h2>{m('tasks.handIn.title')}</h2>
      <p>{ready ? m('tasks.handIn.ready') : m('tasks.handIn.notReady')}</p>
      <Link className={ready ? 'button' : 'button button--secondary'} to={memberHandInPath}>
        {m('tasks.handIn.link')}
      </Link>
      <DeleteDraftControl />
    </div>
  );
}
