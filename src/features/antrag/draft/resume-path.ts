import { matchFlowPage } from '../flow/flow-paths';

/*
 * A draft is data from storage or from an export file someone else may have made: its resume point is only ever
 * followed when it is the address of a page of the wizard's flow, made of plain segments (letters, digits,
 * hyphens: the page names and the drafts' random ids), so "//evil.example/", "/admin", "javascript:…",
 * "/antrag/../admin" or a query string never become a link.
 */
const plainPath = /^\/antrag(?:\/[a-z0-9][a-z0-9-]{0,63}){1,4}$/i;

/** The path to resume at, or undefined when there is none worth offering (the task list is the fallback). */
export function safeResumePath(path: string | undefined): string | undefined {
  if (path === undefined || path.length > 200) return undefined;
  const trimmed = path.replace(/\/$/, '');
  return plainPath.test(trimmed) && matchFlowPage(trimmed) !== undefined ? trimmed : undefined;
}
