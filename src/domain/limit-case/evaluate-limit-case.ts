import type { Result } from '../validation/result';
import { computeLimitCase, type LimitCaseOutput } from './compute-limit-case';
import { parseLimitCase } from './parse-limit-case';

/** Validate a parsed JSON case and compute it: the whole of the CLI `limit` without any I/O. */
export const evaluateLimitCase = (json: unknown): Result<LimitCaseOutput> => {
  const input = parseLimitCase(json);
  return input.ok ? computeLimitCase(input.value) : input;
};
