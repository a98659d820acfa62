import type { SectionId } from '../../../domain/application/check-application';
import { pageIds, type PageId } from '../../../domain/application/page-ids';
import { antragFlow, sectionEntries } from './antrag-flow';
import { matchFlowPage, tasksPath } from './flow-paths';
import { memberHandInPath, memberStartPath } from './member-paths';

/*
 * A family member's own part (issue 14) as a second flow over the same rows of antrag-flow.ts: the same pages, step
 * schemas and guards, restricted to the sections that are the member's own. Its entry is the member's task list
 * (the wizard's /antrag, which shows the member's sections for a member's draft) and its end is handing in
 * (memberHandInPath); the applicant's sections (person, household, welfare, advance payment) and the check and send
 * pages are not part of it.
 */

/** The member's own sections, in the applicant's task-list order. */
export const memberSectionIds: readonly SectionId[] = ['einnahmen', 'chronische-erkrankung', 'zuzahlungen'];

export const memberSections = sectionEntries.filter((section) => memberSectionIds.includes(section.id));

/** The flow's pages: every page of antrag-flow.ts in one of the member's sections. */
export const memberPageIds: readonly PageId[] = pageIds.filter((id) =>
  memberSectionIds.includes(antragFlow[id].section),
);

// Besides the flow's pages: the member's task list, the start and hand-in pages, and the drafts (to delete it).
const memberOwnPaths = new Set([tasksPath, memberStartPath, memberHandInPath, `${tasksPath}/entwuerfe`]);

/** Whether a member's draft may show this address (without a trailing slash); everything else leads to its tasks. */
export function isMemberPath(path: string): boolean {
  if (memberOwnPaths.has(path)) return true;
  const page = matchFlowPage(path);
  return page !== undefined && memberPageIds.includes(page.page);
}
