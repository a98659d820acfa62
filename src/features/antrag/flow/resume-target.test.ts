import { describe, expect, it } from 'vitest';
import { checkApplication } from '../../../domain/application/check-application';
import { sampleContext, sampleDrafts } from '../../../domain/application/sample-drafts.test-support';
import { resumeTarget } from './resume-target';

const withGaps = () => {
  const draft = sampleDrafts.family();
  delete draft.answers.bank;
  draft.answers.receipts?.entries?.push({ id: 'r-open', kind: 'single' });
  return checkApplication(draft, sampleContext);
};

// "Weiter, wo Sie aufgehört haben" leads to the next page that still needs an answer, not back to the last one.
describe('resumeTarget', () => {
  it.each([
    [
      'the name page, before the missing bank account',
      '/antrag/persoenliche-angaben/name',
      '/antrag/persoenliche-angaben/bankverbindung',
    ],
    [
      'the bank page itself, still open',
      '/antrag/persoenliche-angaben/bankverbindung',
      '/antrag/persoenliche-angaben/bankverbindung',
    ],
    ['the household, after the bank account', '/antrag/haushalt', '/antrag/zuzahlungen/beleg/r-open'],
    [
      'the last receipt page, with nothing open after it',
      '/antrag/zuzahlungen',
      '/antrag/zuzahlungen/beleg/r-open',
    ],
  ])('from %s', (_, lastPath, expected) => {
    expect(resumeTarget(withGaps(), lastPath)).toBe(expected);
  });

  it('wraps around to the first open page when everything after the last page is done', () => {
    const draft = sampleDrafts.family();
    delete draft.answers.bank;
    expect(resumeTarget(checkApplication(draft, sampleContext), '/antrag/zuzahlungen')).toBe(
      '/antrag/persoenliche-angaben/bankverbindung',
    );
  });

  it('offers nothing when nothing is open, or before the first question, or for an address outside the flow', () => {
    const complete = checkApplication(sampleDrafts.family(), sampleContext);
    expect(resumeTarget(complete, '/antrag/haushalt')).toBeUndefined();
    expect(resumeTarget(withGaps(), undefined)).toBeUndefined();
    expect(resumeTarget(withGaps(), '//evil.example/antrag/haushalt')).toBeUndefined();
  });
});
