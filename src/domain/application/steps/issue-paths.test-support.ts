import type { z } from 'zod';
import type { LocalizedText } from '../../validation/result';
import { issueText } from '../fields/localized-issue';

/** The paths of every issue of a step result, as 'a.b', in order. */
export const pathsOf = (result: z.ZodSafeParseResult<unknown>): string[] =>
  result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));

/** Both languages of the issue at `path`; throws when there is none, so a test cannot pass by accident. */
export const textAt = (result: z.ZodSafeParseResult<unknown>, path: string): LocalizedText => {
  const issue = result.error?.issues.find((candidate) => candidate.path.join('.') === path);
  if (issue === undefined) throw new Error(`no issue at ${path}`);
  return issueText(issue);
};
