import { fail, ok, type Result } from '../validation/result';
import { issueLines } from './limit-case-issues';
import { limitCaseSchema, type LimitCaseInput } from './limit-case-schema';

/** Validates a parsed JSON value against the contract; the problem lists every broken rule by field. */
export const parseLimitCase = (json: unknown): Result<LimitCaseInput> => {
  const parsed = limitCaseSchema.safeParse(json);
  if (parsed.success) return ok(parsed.data);
  const lines = issueLines(parsed.error.issues, json);
  return fail(
    'limitCase.invalidInput',
    lines.map((line) => line.de).join('\n'),
    lines.map((line) => line.en).join('\n'),
  );
};
