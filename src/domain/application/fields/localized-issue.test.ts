import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fail, ok } from '../../validation/result';
import { addProblem, collectFields, issueText } from './localized-issue';

const bad = (field: string) => fail<string>(`${field}.bad`, `${field} ist falsch.`, `${field} is wrong.`);

// A schema whose transform runs collectFields on the given checks and exposes what it returned.
const collecting = (checks: Parameters<typeof collectFields>[1], prefix: readonly PropertyKey[] = []) => {
  let returned: unknown = 'not called';
  const schema = z.unknown().transform((_raw, ctx) => {
    returned = collectFields(ctx, checks, prefix);
    return returned;
  });
  const result = schema.safeParse(null);
  return { result, returned };
};

describe('collectFields', () => {
  it('gives every value when every check passes, and raises no issue', () => {
    const { result, returned } = collecting({ a: ok('x'), b: ok(3) });
    expect(returned).toEqual({ a: 'x', b: 3 });
    expect(result).toEqual({ success: true, data: { a: 'x', b: 3 } });
  });

  it('reports every failing field at its own path, with both languages, and only those', () => {
    const { result, returned } = collecting({ a: bad('a'), b: ok('fine'), c: bad('c') });
    expect(returned).toBeUndefined();
    expect(result.success).toBe(false);
    const issues = result.error!.issues;
    expect(issues.map((issue) => issue.path)).toEqual([['a'], ['c']]);
    expect(issues.map((issue) => issue.message)).toEqual(['a ist falsch.', 'c ist falsch.']);
    expect(issues.map(issueText)).toEqual([
      { de: 'a ist falsch.', en: 'a is wrong.' },
      { de: 'c ist falsch.', en: 'c is wrong.' },
    ]);
    expect(issues[0]).toMatchObject({ params: { text: { de: 'a ist falsch.', en: 'a is wrong.' } } });
  });

  it('puts the prefix in front of each path (a list entry on the same page)', () => {
    const { result } = collecting({ amount: bad('amount') }, ['entries', 2]);
    expect(result.error!.issues.map((issue) => issue.path)).toEqual([['entries', 2, 'amount']]);
  });
});

describe('addProblem and issueText', () => {
  it('raises an issue whose message is German and whose params carry both languages', () => {
    const schema = z.unknown().transform((_raw, ctx) => {
      addProblem(ctx, ['kind'], { de: 'Wählen Sie aus.', en: 'Select one.' });
      return z.NEVER;
    });
    const issue = schema.safeParse(1).error!.issues[0]!;
    expect(issue.path).toEqual(['kind']);
    expect(issue.message).toBe('Wählen Sie aus.');
    expect(issueText(issue)).toEqual({ de: 'Wählen Sie aus.', en: 'Select one.' });
  });

  it('falls back to the message in both languages for an issue zod raised itself', () => {
    const issue = z.string().safeParse(1).error!.issues[0]!;
    expect(issueText(issue)).toEqual({ de: issue.message, en: issue.message });
    expect(issue.message).not.toBe('');
  });
});
