import { Link } from 'react-router';
import { memberPartMissing } from '../../../domain/member-part/build-member-part-document';
import { useMessages } from '../../../i18n/feature-messages';
import { formatInstantDate } from '../../../i18n/format-date';
import { pluralKey } from '../../../i18n/plural';
import { useI18n } from '../../../i18n/use-i18n';
import { PageHeading } from '../../../ui/page-heading';
import { TaskList } from '../../../ui/task-list';
import { usePageTitle } from '../../../ui/use-page-title';
import { DeleteDraftControl } from '../aufgaben/delete-draft-control';
import { useOpenDraft } from '../draft/use-open-draft';
import { memberSections } from '../flow/member-flow';
import { memberHandInPath } from '../flow/member-paths';
import { useSectionTaskItem } from '../aufgaben/use-section-task-item';
import { memberMessages } from './member-messages';
import { OwnPartNotice } from './own-part-notice';
import { useOwnPart } from './use-own-part';

/**
 * A family member's "Ihr Antrag" (issue 14): only their own sections — incomes, chronic illness, receipts — with
 * the same pages as the applicant's, then declaring and handing in. Who invited them and until when; nothing else
 * of the application.
 */
export function MemberTaskList() {
  const m = useMessages(memberMessages);
  const { t: core, language } = useI18n();
  const { draft, checked } = useOpenDraft();
  const { part } = useOwnPart();
  const taskItem = useSectionTaskItem();
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
      <TaskList items={sections.map(({ section, state }) => taskItem(section, state))} />
      <h2>{m('tasks.handIn.title')}</h2>
      <p>{ready ? m('tasks.handIn.ready') : m('tasks.handIn.notReady')}</p>
      <Link className={ready ? 'button' : 'button button--secondary'} to={memberHandInPath}>
        {m('tasks.handIn.link')}
      </Link>
      <DeleteDraftControl />
    </div>
  );
}
