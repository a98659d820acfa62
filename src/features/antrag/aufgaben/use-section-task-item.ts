import type { SectionState, SectionStatus } from '../../../domain/application/check-application';
import { useMessages } from '../../../i18n/feature-messages';
import type { TaskListItem, TaskStatusKind } from '../../../ui/task-list';
import { antragMessages, type AntragMessageKey } from '../antrag-messages';
import type { sectionEntries } from '../flow/antrag-flow';
import { pagePath } from '../flow/flow-paths';
import { useMissingText } from '../flow/use-missing-text';

const statusText: Record<SectionStatus, AntragMessageKey> = {
  notStarted: 'status.notStarted',
  inProgress: 'status.inProgress',
  complete: 'status.complete',
  notNeeded: 'status.notNeeded',
  cannotStart: 'status.cannotStart',
};

type SectionEntry = (typeof sectionEntries)[number];

/**
 * One section's row of a task list, as the applicant's and a family member's lists both show it: its title, its
 * first page (none while it cannot start), why it is not needed or waits, and its status.
 */
export function useSectionTaskItem(): (section: SectionEntry, state: SectionState) => TaskListItem {
  const t = useMessages(antragMessages);
  const text = useMissingText();
  return (section, state) => ({
    id: section.id,
    title: t(section.title),
    to: state.status === 'cannotStart' ? undefined : pagePath(section.page),
    hint: state.reason ? text.reason(state.reason) : undefined,
    status: {
      label: t(state.reason === 'optional' ? 'status.optional' : statusText[state.status]),
      kind: state.status satisfies TaskStatusKind,
    },
  });
}
