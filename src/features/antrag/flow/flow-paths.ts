import { matchPath } from 'react-router';
import type { MissingItem } from '../../../domain/application/check-application';
import { pageIds, type PageId } from '../../../domain/application/page-ids';
import { antragFlow, type FlowTarget, type Params } from './antrag-flow';

// Addresses of the wizard's pages, all derived from the flow definition.
export const tasksPath = '/antrag';

/** The address of a page; an entry page needs its id (`:memberId`, `:entryId`, `:receiptId`). */
export function pagePath(page: PageId, params: Params = {}): string {
  const path = antragFlow[page].path.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  );
  return `${tasksPath}/${path}`;
}

export function targetPath(target: FlowTarget): string {
  return target === 'tasks' ? tasksPath : pagePath(target.page, target.params);
}

/** The page a missing item is on, with the entry it concerns. */
export function missingPath(item: MissingItem): string {
  const { param } = antragFlow[item.page];
  return pagePath(item.page, param !== undefined && item.id !== undefined ? { [param]: item.id } : {});
}

/** Which page of the flow an address is (exact match), with its parameters. */
export function matchFlowPage(pathname: string): { page: PageId; params: Params } | undefined {
  for (const page of pageIds) {
    const match = matchPath({ path: `${tasksPath}/${antragFlow[page].path}`, end: true }, pathname);
    if (match) {
      const params = Object.fromEntries(
        Object.entries(match.params).filter((entry): entry is [string, string] => entry[1] !== undefined),
      );
      return { page, params };
    }
  }
  return undefined;
}
