import { describe, expect, it } from 'vitest';
import { kvnrCheckDigit } from '../identifiers/kvnr';
import { createDraft, type ApplicationDraft } from './application-draft';
import type { MemberAnswers } from './draft-answers';
import { countedPeople, householdPeople } from './household-people';

const context = { year: 2025, referenceDate: '2025-06-15' };
const validKvnr = (start: string) => `${start}${kvnrCheckDigit(start)}`;

const member = (
  id: string,
  relation: MemberAnswers['relation'],
  birthDate: string,
  familyInsured: 'yes' | 'no',
) => ({
  id,
  relation,
  givenName: id,
  familyName: 'Mustermann',
  birthDate,
  kvnr: validKvnr('K12345678'),
  insurer: 'same' as const,
  familyInsured,
  ...(relation === 'spouse' ? { livesInCareHome: 'no' as const } : {}),
});

const draftWith = (answers: ApplicationDraft['answers']): ApplicationDraft => ({
  ...createDraft('d1', 2025, '2025-06-15T10:00:00Z'),
  answers,
});

describe('householdPeople', () => {
  it('always has the applicant, who counts, named as typed (or not yet named)', () => {
    const [unnamed] = householdPeople(draftWith({}), context);
    expect(unnamed).toMatchObject({ id: 'applicant', relation: 'applicant', name: undefined });
    expect(unnamed?.decision).toMatchObject({ counts: true, reason: 'applicant' });

    const named = householdPeople(
      draftWith({ person: { givenName: ' Erika', familyName: 'Mustermann ' } }),
      context,
    );
    expect(named.map((person) => person.name)).toEqual(['Erika Mustermann']);
  });

  it('lists every member in the order entered, each with the reason they count or not', () => {
    const people = householdPeople(
      draftWith({
        household: {
          members: [
            member('Max', 'spouse', '1.1.1960', 'no'),
            member('Lena', 'child', '1.3.2006', 'yes'), // 19 in 2025, family-insured
            member('Paul', 'child', '10.1.2005', 'no'), // 20 in 2025, own membership
            member('Mia', 'child', '31.12.2007', 'no'), // 18 in 2025: counts whatever her insurance
            member('Oma', 'other', '1.1.1940', 'yes'),
          ],
        },
      }),
      context,
    );
    expect(people.map((person) => [person.name, person.decision?.counts, person.decision?.reason])).toEqual([
      [undefined, true, 'applicant'],
      ['Max Mustermann', true, 'spouse'],
      ['Lena Mustermann', true, 'childFamilyInsured'],
      ['Paul Mustermann', false, 'childOwnMembership'],
      ['Mia Mustermann', true, 'childUpTo18'],
      ['Oma Mustermann', true, 'otherDependant'],
    ]);
  });

  it('counts a spouse who lives permanently in a care home, and says so (§ 62 Abs. 2 S. 7)', () => {
    const people = householdPeople(
      draftWith({
        household: { members: [{ ...member('Max', 'spouse', '1.1.1940', 'no'), livesInCareHome: 'yes' }] },
      }),
      context,
    );
    expect(people[1]?.decision).toMatchObject({ counts: true, reason: 'spouseInCareHome' });
  });

  it('decides nothing yet for a member whose details are incomplete, but lists them', () => {
    const people = householdPeople(
      draftWith({
        household: {
          members: [
            { id: 'x', givenName: 'Ida' },
            { ...member('Max', 'spouse', '1.1.1960', 'no'), kvnr: '' },
          ],
        },
      }),
      context,
    );
    expect(people.slice(1)).toEqual([
      { id: 'x', relation: 'other', name: 'Ida', decision: undefined },
      { id: 'Max', relation: 'spouse', name: 'Max Mustermann', decision: undefined },
    ]);
  });
});

describe('countedPeople', () => {
  it('is the applicant and every member who counts for the year', () => {
    const draft = draftWith({
      household: {
        members: [
          member('Max', 'spouse', '1.1.1960', 'no'),
          member('Lena', 'child', '1.3.2006', 'yes'),
          member('Paul', 'child', '10.1.2005', 'no'),
        ],
      },
    });
    expect(countedPeople(draft, context).map((person) => person.id)).toEqual(['applicant', 'Max', 'Lena']);
  });

  it('decides by the year applied for: the same child counts in 2024 but not in 2025', () => {
    const draft = draftWith({ household: { members: [member('Paul', 'child', '10.1.2006', 'no')] } });
    expect(countedPeople(draft, { year: 2024, referenceDate: '2025-06-15' }).map((p) => p.id)).toEqual([
      'applicant',
      'Paul',
    ]);
    expect(countedPeople(draft, context).map((p) => p.id)).toEqual(['applicant']);
  });
});
