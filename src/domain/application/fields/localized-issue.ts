import type { z } from 'zod';
import type { LocalizedText, Result } from '../../validation/result';

// Step schemas report problems in German and English at once: the German text is zod's `message` (what the CLI and
// logs show), both languages travel in `params.text`, and the form shows the language the user reads.
export type LocalizedIssueParams = { text: LocalizedText };

export function addProblem(ctx: z.RefinementCtx, path: readonly PropertyKey[], text: LocalizedText): void {
  ctx.addIssue({ code: 'custom', path: [...path], message: text.de, params: { text } });
}

/** Both languages of an issue raised by addProblem; other issues keep their message in both. */
export function issueText(issue: { message: string; params?: unknown }): LocalizedText {
  const params = issue.params as Partial<LocalizedIssueParams> | undefined;
  return params?.text ?? { de: issue.message, en: issue.message };
}

type Checks = Record<string, Result<unknown>>;
type Values<C extends Checks> = { [K in keyof C]: C[K] extends Result<infer T> ? T : never };

/**
 * Runs every field's check and reports each failure at its own field, so that one wrong field never hides
 * another's message (and never clears what the user typed: the raw values stay in the draft).
 */
export function collectFields<C extends Checks>(
  ctx: z.RefinementCtx,
  checks: C,
  prefix: readonly PropertyKey[] = [],
): Values<C> | undefined {
  let failed = false;
  const values: Record<string, unknown> = {};
  for (const [name, result] of Object.entries(checks)) {
    if (result.ok) values[name] = result.value;
    else {
      failed = true;
      addProblem(ctx, [...prefix, name], result.problem.message);
    }
  }
  return failed ? undefined : (values as Values<C>);
}
