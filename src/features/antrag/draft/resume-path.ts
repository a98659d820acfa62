import { sections } from '../flow/sections';

/*
 * A draft is data from storage or from an export file someone else may have made: its resume point is only ever
 * followed inside the wizard's sections. The allow-list is a pattern over the sections' own paths and plain path
 * segments (letters, digits, hyphens: the page names and the drafts' random ids), so "//evil.example/",
 * "/admin", "javascript:…", "/antrag/../admin" or a query string never become a link.
 */
const sectionPaths = sections.map((section) => section.path);
const segment = '[a-z0-9][a-z0-9-]{0,63}';
const resumable = new RegExp(
  `^(?:${sectionPaths.map((path) => path.replace(/[/-]/g, (char) => `\\${char}`)).join('|')})(?:/${segment}){0,4}/?$`,
  'i',
);

/** The path to resume at, or undefined when there is none worth offering (the task list is the fallback). */
export function safeResumePath(path: string | undefined): string | undefined {
  if (path === undefined || path.length > 200) return undefined;
  return resumable.test(path) ? path : undefined;
}
