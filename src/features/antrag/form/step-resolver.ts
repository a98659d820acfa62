import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { issueText } from '../../../domain/application/fields/localized-issue';
import type { LocalizedText } from '../../../domain/validation/result';

// The step schemas report each problem in German and English. The form keeps both (as JSON in the message) and
// shows the language the user reads at render time, so switching language also switches the error texts.
export function encodeMessage(text: LocalizedText): string {
  return JSON.stringify(text);
}

export function decodeMessage(message: string, language: string): string {
  try {
    const text = JSON.parse(message) as Partial<LocalizedText>;
    const chosen = language === 'en' ? text.en : text.de;
    if (typeof chosen === 'string') return chosen;
  } catch {
    // Not one of ours: show it as it is.
  }
  return message;
}

type Node = Record<string, unknown>;

function place(errors: Node, path: readonly PropertyKey[], error: { type: string; message: string }): void {
  let node = errors;
  const keys = path.length === 0 ? ['root'] : path.map(String);
  keys.slice(0, -1).forEach((key) => {
    const next = node[key];
    node = (typeof next === 'object' && next !== null ? next : (node[key] = {})) as Node;
  });
  const last = keys[keys.length - 1] ?? 'root';
  // The first problem of a field is the one to fix first; later ones would only repeat it.
  node[last] ??= error;
}

/** A react-hook-form resolver for a step schema (zod), keeping the schema's two-language messages. */
export function stepResolver<TValues extends FieldValues, TOut>(
  schema: z.ZodType<TOut, TValues>,
): Resolver<TValues, unknown, TOut> {
  return (values) => {
    const result = schema.safeParse(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Node = {};
    for (const issue of result.error.issues) {
      place(errors, issue.path, { type: issue.code, message: encodeMessage(issueText(issue)) });
    }
    return { values: {}, errors: errors as FieldErrors<TValues> };
  };
}
