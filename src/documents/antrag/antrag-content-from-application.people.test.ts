import { describe, expect, it } from 'vitest';
import type { ApplicationDocument } from '../../domain/application/application-document';
import { antragContentFromApplication } from './antrag-content-from-application';
import { exampleApplication } from './example-application.test-support';
import { defaultInsurerName } from './insurer-name';

const contentOf = (document: ApplicationDocument, insurerName?: string) => {
  const content = antragContentFromApplication(
    document,
    'de',
    { place: 'Dresden', signedOn: '2026-11-20' },
    insurerName === undefined ? {} : { insurerName },
  );
  if (!content.ok) throw new Error(content.problem.message.en);
  return content.value;
};

describe('antragContentFromApplication: people and the insurer by name', () => {
  it('names the insurer the application goes to, by default the configured one', () => {
    expect(contentOf(exampleApplication()).insurerName).toBe(defaultInsurerName);
    const content = contentOf(exampleApplication(), 'BARMER');
    expect(content.insurerName).toBe('BARMER');
    // Members insured "here" are insured with that insurer; a typed other insurer stays as typed.
    expect(content.household.map((member) => member.insurer)).toEqual([
      'BARMER',
      'Techniker Krankenkasse',
      'BARMER',
      'BARMER',
    ]);
  });

  it('calls a member without a name by the relation, numbered when two share it', () => {
    const document = exampleApplication();
    const nameless: ApplicationDocument = {
      ...document,
      members: document.members.map((member) =>
        member.relation === 'child' ? { ...member, givenName: '', familyName: '' } : member,
      ),
    };
    const content = contentOf(nameless);
    expect(content.household.map((member) => member.name)).toEqual([
      'Łukasz Ğüneş Ørsted-Nguyễn',
      'Maria Ørsted-Nguyễn',
      'Kind 1',
      'Kind 2',
    ]);
    expect(content.calculation.memberNames.c2).toBe('Kind 2');
  });
});
