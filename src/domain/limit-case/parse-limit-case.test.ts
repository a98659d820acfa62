import { describe, expect, it } from 'vitest';
import { parseLimitCase } from './parse-limit-case';

const base = {
  year: 2026,
  members: [
    { id: 'a', relation: 'applicant', birthDate: '1970-01-01' },
    { id: 's', relation: 'spouse', birthDate: '1972-02-29' },
  ],
};

const problemOf = (value: unknown): string => {
  const result = parseLimitCase(value);
  if (result.ok) throw new Error('expected bad input');
  expect(result.problem.code).toBe('limitCase.invalidInput');
  expect(result.problem.message.de).not.toBe('');
  return result.problem.message.en;
};

describe('parseLimitCase (limit-contract.md)', () => {
  it('fills the defaults: welfare none, flags false, no incomes, no payments', () => {
    const result = parseLimitCase(base);
    expect(result.ok && result.value).toEqual({
      year: 2026,
      welfare: 'none',
      members: [
        {
          id: 'a',
          relation: 'applicant',
          birthDate: '1970-01-01',
          familyInsured: false,
          chronicallyIll: false,
          incomes: [],
        },
        {
          id: 's',
          relation: 'spouse',
          birthDate: '1972-02-29',
          familyInsured: false,
          chronicallyIll: false,
          incomes: [],
        },
      ],
      payments: [],
    });
  });

  it('rejects a year outside the table and a non-integer year', () => {
    expect(problemOf({ ...base, year: 2028 })).toMatch(/^year: .*2021–2027/);
    expect(problemOf({ ...base, year: 2026.5 })).toContain('year: must be an integer');
  });

  it('rejects missing required fields by name', () => {
    expect(problemOf({ members: base.members })).toContain('year: is required');
    expect(problemOf({ year: 2026, members: [{ id: 'a', relation: 'applicant' }] })).toContain(
      'members[0].birthDate: is required',
    );
    expect(problemOf({ ...base, members: [] })).toContain('members: needs at least 1 entry');
  });

  it('rejects app-only income types and payment categories the CLI does not accept', () => {
    const members = [{ ...base.members[0], incomes: [{ type: 'parentalAllowance', annualCents: 1 }] }];
    expect(problemOf({ ...base, members })).toContain('members[0].incomes[0].type: must be one of');
    const payments = [
      { memberId: 'a', date: '2026-01-01', category: 'artificialInseminationShare', amountCents: 1 },
    ];
    expect(problemOf({ ...base, payments })).toContain('payments[0].category');
  });

  it('rejects negative incomes and payments below 1 cent', () => {
    const members = [{ ...base.members[0], incomes: [{ type: 'wages', annualCents: -1 }] }];
    expect(problemOf({ ...base, members })).toContain(
      'members[0].incomes[0].annualCents: must be at least 0',
    );
    const payments = [{ memberId: 'a', date: '2026-01-01', category: 'medicine', amountCents: 0 }];
    expect(problemOf({ ...base, payments })).toContain('payments[0].amountCents: must be at least 1');
  });

  it('rejects a birth after 31 December of the year and an impossible date', () => {
    const late = [base.members[0], { ...base.members[1], birthDate: '2027-01-01' }];
    expect(problemOf({ ...base, members: late })).toContain(
      'members[1].birthDate: must not be after 2026-12-31',
    );
    const impossible = [base.members[0], { ...base.members[1], birthDate: '1971-02-29' }];
    expect(problemOf({ ...base, members: impossible })).toContain(
      'members[1].birthDate: must be a valid date',
    );
  });

  it('rejects no applicant, a second spouse and duplicate ids', () => {
    expect(problemOf({ ...base, members: [base.members[1]] })).toContain('members: exactly one member');
    const twoSpouses = [...base.members, { id: 't', relation: 'spouse', birthDate: '1980-01-01' }];
    expect(problemOf({ ...base, members: twoSpouses })).toContain(
      'members[2].relation: at most one "spouse"',
    );
    const duplicate = [...base.members, { id: 's', relation: 'child', birthDate: '2010-01-01' }];
    expect(problemOf({ ...base, members: duplicate })).toContain('members[2].id: "s" is not unique');
  });

  it('rejects payments outside the year or of an unknown member', () => {
    const payments = [
      { memberId: 'a', date: '2027-01-01', category: 'medicine', amountCents: 500 },
      { memberId: 'x', date: '2026-06-01', category: 'medicine', amountCents: 500 },
    ];
    const message = problemOf({ ...base, payments });
    expect(message).toContain('payments[0].date: must be within 2026');
    expect(message).toContain('payments[1].memberId: no member has id "x"');
  });

  it('rejects unknown keys at the top, in members, incomes and payments', () => {
    expect(problemOf({ ...base, comment: 'x' })).toContain('comment: unknown key');
    const members = [{ ...base.members[0], incomes: [{ type: 'wages', annualCents: 1, monthly: true }] }];
    expect(problemOf({ ...base, members })).toContain('members[0].incomes[0].monthly: unknown key');
    const payments = [{ memberId: 'a', date: '2026-01-01', category: 'medicine', amountCents: 1, note: '' }];
    expect(problemOf({ ...base, payments })).toContain('payments[0].note: unknown key');
  });

  it('rejects something that is not an object', () => {
    expect(problemOf([])).toContain('(root): must be an object');
    expect(problemOf(null)).toContain('(root): must be an object');
  });
});
