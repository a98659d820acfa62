import { describe, expect, it } from 'vitest';
import { issueText } from '../../../domain/application/fields/localized-issue';
import { sendStep } from './send-step';

const paths = (result: ReturnType<ReturnType<typeof sendStep>['safeParse']>) =>
  result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));

describe('sendStep', () => {
  it('sends with every section complete and both declarations', () => {
    expect(sendStep(true).safeParse({ correct: true, consent: true })).toEqual({
      success: true,
      data: { correct: true, consent: true },
    });
  });

  it('names what is missing first, then each declaration not given', () => {
    const result = sendStep(false).safeParse({ correct: true });
    expect(paths(result)).toEqual(['sections', 'consent']);
    expect(issueText(result.error!.issues[0]!)).toEqual({
      de: 'Ergänzen Sie zuerst, was noch fehlt.',
      en: 'First complete what is still missing.',
    });
  });

  it('does not send with incomplete sections even when both boxes are ticked', () => {
    expect(paths(sendStep(false).safeParse({ correct: true, consent: true }))).toEqual(['sections']);
  });

  it('asks for both declarations when nothing is ticked', () => {
    expect(paths(sendStep(true).safeParse({}))).toEqual(['correct', 'consent']);
  });
});
