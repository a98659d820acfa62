import { describe, expect, it } from 'vitest';
import { answersSchema } from '../draft-answers';
import { declarationStep } from './declaration-step';
import { pathsOf, textAt } from './issue-paths.test-support';

describe('declarationStep', () => {
  it('accepts both declarations ticked', () => {
    expect(declarationStep().safeParse({ correct: true, consent: true })).toEqual({
      success: true,
      data: { correct: true, consent: true },
    });
  });

  it('asks for both on an untouched page, correctness first', () => {
    const result = declarationStep().safeParse({});
    expect(pathsOf(result)).toEqual(['correct', 'consent']);
    expect(textAt(result, 'correct')).toEqual({
      de: 'Bestätigen Sie, dass Ihre Angaben richtig und vollständig sind.',
      en: 'Confirm that your answers are correct and complete.',
    });
    expect(textAt(result, 'consent')).toEqual({
      de: 'Willigen Sie ein, dass wir Ihre Gesundheitsdaten für diesen Antrag verarbeiten.',
      en: 'Consent to us processing your health data for this application.',
    });
  });

  it.each([
    [{ correct: true }, ['consent']],
    [{ consent: true }, ['correct']],
    [{ correct: true, consent: false }, ['consent']],
    [{ correct: false, consent: true }, ['correct']],
    [{ correct: false, consent: false }, ['correct', 'consent']],
  ])('with %j asks for %j', (answers, paths) => {
    expect(pathsOf(declarationStep().safeParse(answers))).toEqual(paths);
  });

  it.each([
    ['yes', { electronicNotification: true }],
    ['no', { electronicNotification: false }],
  ] as const)(
    'turns the optional choice how the Bescheid is made known (%s) into a boolean',
    (answer, expected) => {
      expect(
        declarationStep().safeParse({ correct: true, consent: true, electronicNotification: answer }),
      ).toEqual({ success: true, data: { correct: true, consent: true, ...expected } });
    },
  );

  it('never asks for the choice how the Bescheid is made known, and never adds it when unanswered', () => {
    expect(pathsOf(declarationStep().safeParse({ electronicNotification: 'yes' }))).toEqual([
      'correct',
      'consent',
    ]);
    const result = declarationStep().safeParse({ correct: true, consent: true });
    expect(result.success && 'electronicNotification' in result.data).toBe(false);
    expect(
      declarationStep().safeParse({ correct: true, consent: true, electronicNotification: true }).success,
    ).toBe(false);
  });

  it('refuses anything but a boolean, as the stored draft does', () => {
    expect(declarationStep().safeParse({ correct: 'yes', consent: true }).success).toBe(false);
    expect(answersSchema.safeParse({ declarations: { correct: 'yes' } }).success).toBe(false);
    expect(answersSchema.safeParse({ declarations: { correct: true } }).success).toBe(true);
  });
});
