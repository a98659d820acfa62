import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../domain/application/draft-answers';
import {
  filesOfMember,
  maxMembers,
  upsertMember,
  withoutMember,
  withoutMemberChronic,
  withoutMemberIncomes,
} from './household-edits';

const answers: Answers = {
  household: {
    members: [
      { id: 'm1', givenName: 'Max' },
      { id: 'm2', givenName: 'Lena' },
    ],
    complete: true,
  },
  incomes: {
    entries: [
      { id: 'e1', memberId: 'm1', proofFileIds: ['f1'] },
      { id: 'e2', memberId: 'm2', proofFileIds: ['f2'] },
    ],
    noIncomeMemberIds: ['m1', 'applicant'],
    complete: true,
  },
  chronic: { members: [{ memberId: 'm1', certificateFileIds: ['f3'] }, { memberId: 'applicant' }] },
};

describe('upsertMember', () => {
  it('adds a new member at the end and asks again whether anyone else lives there', () => {
    expect(upsertMember(answers.household, { id: 'm3' })).toEqual({
      members: [...answers.household!.members!, { id: 'm3' }],
      complete: false,
    });
    expect(upsertMember(undefined, { id: 'm1' })).toEqual({ members: [{ id: 'm1' }], complete: false });
  });

  it('changes a member in place and leaves the list closed', () => {
    const result = upsertMember(answers.household, { id: 'm1', givenName: 'Moritz' });
    expect(result.members?.map((member) => member.givenName)).toEqual(['Moritz', 'Lena']);
    expect(result.complete).toBe(true);
  });

  it('stores no more than the draft holds', () => {
    const members = Array.from({ length: maxMembers }, (_, index) => ({ id: `m${index}` }));
    expect(upsertMember({ members }, { id: 'extra' }).members).toHaveLength(maxMembers);
  });
});

describe('removing a member', () => {
  it('removes them from the household, their incomes, their "no income" mark and chronic answers', () => {
    expect(withoutMember(answers.household!, 'm1')).toEqual({
      members: [{ id: 'm2', givenName: 'Lena' }],
      complete: true,
    });
    expect(withoutMemberIncomes(answers.incomes!, 'm1')).toEqual({
      entries: [{ id: 'e2', memberId: 'm2', proofFileIds: ['f2'] }],
      noIncomeMemberIds: ['applicant'],
      complete: true,
    });
    expect(withoutMemberChronic(answers.chronic!, 'm1')).toEqual({ members: [{ memberId: 'applicant' }] });
  });

  it('does not add lists a section never had', () => {
    expect(withoutMemberIncomes({ complete: false }, 'm1')).toEqual({ complete: false });
    expect(withoutMemberChronic({}, 'm1')).toEqual({});
  });

  it('names the proofs that belonged to them alone', () => {
    expect(filesOfMember(answers, 'm1')).toEqual(['f1', 'f3']);
    expect(filesOfMember({}, 'm1')).toEqual([]);
  });
});
