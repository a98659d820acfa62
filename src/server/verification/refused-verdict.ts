import type { BundleProblem } from '../../documents/bundle/bundle-problem';
import type { LocalizedText } from '../../domain/validation/result';

/**
 * What a verification worker answers for a zip it refuses (an applicant's bundle, a member's bag): each problem's
 * path, code and message only — plain data, so it crosses the thread boundary by structured clone, and nothing
 * else a reader may attach to a finding.
 */
export type RefusedVerdict = {
  ok: false;
  problems: { path: string; code: string; message: LocalizedText }[];
};

export const refusedVerdict = (problems: readonly BundleProblem[]): RefusedVerdict => ({
  ok: false,
  problems: problems.map((problem) => ({ path: problem.path, code: problem.code, message: problem.message })),
});
