import { describe, expect, it } from 'vitest';
import { kvnrCheckDigit } from '../../identifiers/kvnr';
import type { MemberAnswers } from '../draft-answers';
import { householdStep, memberStep } from './household-steps';
import { pathsOf, textAt } from './issue-paths.test-support';

const context = { year: 2025, referenceDate: '2025-06-15' };
const validKvnr = (start: string) => `${start}${kvnrCheckDigit(start)}`;

const spouse: MemberAnswers = {
  id: 'spouse-1',
  relation: 'spouse',
  givenName: 'Max',
  familyName: 'Mustermann',
  birthDate: '1.1.1955',
  kvnr: validKvnr('M12345678'),
  insurer: 'same',
  familyInsured: 'no',
  livesInCareHome: 'no',
};

const child: MemberAnswers = {
  id: 'child-1',
  relation: 'child',
  givenName: 'Lena',
  familyName: 'Mustermann',
  birthDate: '14.7.2012',
  kvnr: validKvnr('L87654321'),
  insurer: 'same',
  familyInsured: 'yes',
};

describe('memberStep', () => {
  it('gives the checked spouse', () => {
    expect(memberStep(context).safeParse(spouse)).toEqual({
      success: true,
      data: {
        id: 'spouse-1',
        relation: 'spouse',
        givenName: 'Max',
        familyName: 'Mustermann',
        birthDate: '1955-01-01',
        kvnr: spouse.kvnr,
        insurerName: '',
        insurer: 'same',
        familyInsured: false,
        livesInCareHome: false,
      },
    });
  });

  it('keeps that a spouse lives permanently in a care home (they still count, § 62 Abs. 2 S. 7)', () => {
    const result = memberStep(context).safeParse({ ...spouse, livesInCareHome: 'yes' });
    expect(result.data).toMatchObject({ relation: 'spouse', livesInCareHome: true });
  });

  it('asks whether a spouse lives in a care home, and only that', () => {
    const result = memberStep(context).safeParse({ ...spouse, livesInCareHome: undefined });
    expect(pathsOf(result)).toEqual(['livesInCareHome']);
    expect(textAt(result, 'livesInCareHome')).toEqual({
      de: 'Wählen Sie aus, ob die Person dauerhaft in einem Pflegeheim lebt.',
      en: 'Select whether the person lives permanently in a care home.',
    });
  });

  it('does not ask a child about a care home and never marks it as living in one', () => {
    expect(memberStep(context).safeParse(child).data).toMatchObject({
      relation: 'child',
      familyInsured: true,
      livesInCareHome: false,
    });
    expect(memberStep(context).safeParse({ ...child, livesInCareHome: 'yes' }).data).toMatchObject({
      livesInCareHome: false,
    });
  });

  it.each([
    ['relation', { relation: undefined }],
    ['givenName', { givenName: '' }],
    ['familyName', { familyName: '  ' }],
    ['birthDate', { birthDate: '31.2.2000' }],
    ['birthDate', { birthDate: undefined }],
    ['kvnr', { kvnr: '' }],
    ['kvnr', { kvnr: 'M123456789' }],
    ['insurer', { insurer: undefined, kvnr: validKvnr('M12345678') }],
    ['familyInsured', { familyInsured: undefined }],
  ])('reports only %s for a child with %j', (path, change) => {
    expect(pathsOf(memberStep(context).safeParse({ ...child, ...change }))).toEqual([path]);
  });

  describe('insurer', () => {
    it("'same' requires a valid KVNR, explained in both languages", () => {
      const empty = memberStep(context).safeParse({ ...spouse, insurer: 'same', kvnr: '' });
      expect(pathsOf(empty)).toEqual(['kvnr']);
      expect(textAt(empty, 'kvnr').de).toContain('Krankenversichertennummer');
      const typo = memberStep(context).safeParse({ ...spouse, insurer: 'same', kvnr: 'A123456789' });
      expect(pathsOf(typo)).toEqual(['kvnr']);
      expect(textAt(typo, 'kvnr').de).toContain('vertippt');
    });

    it("'other' requires the insurer's name", () => {
      const result = memberStep(context).safeParse({ ...spouse, insurer: 'other', insurerName: ' ' });
      expect(pathsOf(result)).toEqual(['insurerName']);
      expect(textAt(result, 'insurerName')).toEqual({
        de: 'Geben Sie den Namen der Krankenkasse ein.',
        en: 'Enter the name of the health insurer.',
      });
    });

    it("'other' makes the KVNR optional", () => {
      const result = memberStep(context).safeParse({
        ...spouse,
        insurer: 'other',
        insurerName: ' AOK Plus ',
        kvnr: '  ',
      });
      expect(result.data).toMatchObject({ insurer: 'other', insurerName: 'AOK Plus', kvnr: '' });
    });

    it("'other' still checks a KVNR that was typed", () => {
      const result = memberStep(context).safeParse({
        ...spouse,
        insurer: 'other',
        insurerName: 'AOK Plus',
        kvnr: 'A123456789',
      });
      expect(pathsOf(result)).toEqual(['kvnr']);
    });
  });

  describe('birth date', () => {
    it('refuses a child born after the year applied for, even when that date has passed', () => {
      const later = { year: 2025, referenceDate: '2026-03-01' };
      expect(memberStep(later).safeParse({ ...child, birthDate: '31.12.2025' }).success).toBe(true);
      const result = memberStep(later).safeParse({ ...child, birthDate: '1.1.2026' });
      expect(pathsOf(result)).toEqual(['birthDate']);
      expect(textAt(result, 'birthDate').de).toBe('Das Geburtsdatum darf nicht nach dem 31.12.2025 liegen.');
    });

    it('refuses a child not yet born when applying in advance for next year', () => {
      const advance = { year: 2026, referenceDate: '2025-11-20' };
      expect(memberStep(advance).safeParse({ ...child, birthDate: '20.11.2025' }).success).toBe(true);
      const result = memberStep(advance).safeParse({ ...child, birthDate: '21.11.2025' });
      expect(pathsOf(result)).toEqual(['birthDate']);
      expect(textAt(result, 'birthDate').de).toContain('20.11.2025');
    });

    it('refuses a birth date before 1900', () => {
      expect(pathsOf(memberStep(context).safeParse({ ...spouse, birthDate: '31.12.1899' }))).toEqual([
        'birthDate',
      ]);
    });
  });

  it('reports every unanswered question of an empty person at once', () => {
    expect(pathsOf(memberStep(context).safeParse({ id: 'x' }))).toEqual([
      'relation',
      'givenName',
      'familyName',
      'birthDate',
      'kvnr',
      'insurer',
      'familyInsured',
    ]);
  });
});

describe('householdStep', () => {
  it('accepts nobody else in the household', () => {
    expect(householdStep(context).safeParse({ members: [] })).toEqual({ success: true, data: [] });
    expect(householdStep(context).safeParse({})).toEqual({ success: true, data: [] });
  });

  it('gives every checked member in order', () => {
    const result = householdStep(context).safeParse({ members: [spouse, child] });
    expect(result.data?.map((member) => member.id)).toEqual(['spouse-1', 'child-1']);
  });

  it('refuses two spouses or registered partners', () => {
    const second = { ...spouse, id: 'spouse-2', givenName: 'Moritz', kvnr: validKvnr('N12345678') };
    const result = householdStep(context).safeParse({ members: [spouse, child, second] });
    expect(pathsOf(result)).toEqual(['members']);
    expect(textAt(result, 'members')).toEqual({
      de: 'Nur eine Person kann Ehe- oder Lebenspartner/in sein. Ändern Sie die Angabe bei einer der Personen.',
      en: 'Only one person can be the spouse or registered partner. Change it for one of them.',
    });
  });

  it('points to each incomplete member by its position', () => {
    const result = householdStep(context).safeParse({
      members: [spouse, { ...child, givenName: '' }, { id: 'x' }],
    });
    expect(pathsOf(result)).toEqual(['members.1', 'members.2']);
    expect(textAt(result, 'members.1').en).toBe('The details of this person are incomplete.');
  });
});
