import type { z } from 'zod';
import type { LocalizedText } from '../validation/result';

// Turns zod issues into one German/English line each, naming the field as a path like
// `members[1].birthDate`. The raw input is used to tell a missing field from a wrong type.

export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`,
    '',
  ) || '(root)';

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    input,
  );

const typeNames: Record<string, [string, string]> = {
  string: ['eine Zeichenkette', 'a string'],
  number: ['eine Zahl', 'a number'],
  int: ['eine ganze Zahl', 'an integer'],
  boolean: ['true oder false', 'true or false'],
  array: ['eine Liste', 'a list'],
  object: ['ein Objekt', 'an object'],
};

const describeIssue = (issue: z.core.$ZodIssue, input: unknown): LocalizedText => {
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, issue.path) === undefined) return { de: 'fehlt', en: 'is required' };
      const [de, en] = typeNames[issue.expected] ?? [issue.expected, issue.expected];
      return { de: `muss ${de} sein`, en: `must be ${en}` };
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return { de: `muss einer dieser Werte sein: ${values}`, en: `must be one of ${values}` };
    }
    case 'too_small': {
      const min = String(issue.minimum);
      return issue.origin === 'array'
        ? { de: `braucht mindestens ${min} Eintrag`, en: `needs at least ${min} entry` }
        : { de: `muss mindestens ${min} sein`, en: `must be at least ${min}` };
    }
    case 'too_big':
      return {
        de: `darf höchstens ${String(issue.maximum)} sein`,
        en: `must be at most ${String(issue.maximum)}`,
      };
    case 'custom': {
      const params = issue.params as Partial<LocalizedText> | undefined;
      return { de: params?.de ?? issue.message, en: params?.en ?? issue.message };
    }
    default:
      return { de: issue.message, en: issue.message };
  }
};

/** One line per problem, `path: text`; an unknown key is reported at its own path. */
export const issueLines = (issues: readonly z.core.$ZodIssue[], input: unknown): LocalizedText[] =>
  issues.flatMap((issue): LocalizedText[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = formatPath([...issue.path, key]);
        return { de: `${path}: unbekannter Schlüssel`, en: `${path}: unknown key` };
      });
    }
    const path = formatPath(issue.path);
    const text = describeIssue(issue, input);
    return [{ de: `${path}: ${text.de}`, en: `${path}: ${text.en}` }];
  });
