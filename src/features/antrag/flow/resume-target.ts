import type { CheckedApplication, MissingItem } from '../../../domain/application/check-application';
import { pageIds } from '../../../domain/application/page-ids';
import { sectionEntries } from './antrag-flow';
import { matchFlowPage, missingPath } from './flow-paths';
import { safeResumePath } from '../draft/resume-path';

/**
 * "Weiter, wo Sie aufgehört haben": the next page that still needs an answer, from the page the user was last on
 * (in the flow's order); when everything after it is done, the first open page before it. Undefined before the
 * first question was opened, and when nothing is open (then checking is the next step).
 */
export function resumeTarget(checked: CheckedApplication, lastPath: string | undefined): string | undefined {
  const last = matchFlowPage(safeResumePath(lastPath) ?? '');
  if (last === undefined) return undefined;
  const order = (item: MissingItem) => pageIds.indexOf(item.page);
  const open = sectionEntries
    .flatMap((section) => checked.sections[section.id].missing)
    // "Zuerst: der Haushalt" is a pointer, not an open page of its own.
    .filter((item) => item.code !== 'householdFirst')
    .map((item, index) => ({ item, index }))
    .sort((a, b) => order(a.item) - order(b.item) || a.index - b.index)
    .map(({ item }) => item);
  const from = pageIds.indexOf(last.page);
  const next = open.find((item) => order(item) >= from) ?? open[0];
  return next === undefined ? undefined : missingPath(next);
}
