import type { FieldErrors } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { fieldError, formErrorList } from './form-errors';

const translate = (code: string) => `T(${code})`;
const idFor = (name: string) => `f-${name.replaceAll('.', '-')}`;
const fieldErr = (message: string) => ({ type: 'custom', message });

const errors = {
  income: fieldErr('income.required'),
  givenName: fieldErr('name.required'),
  representative: {
    familyName: fieldErr('rep.family'),
    givenName: fieldErr('rep.given'),
  },
  members: Object.assign([undefined, { income: fieldErr('member.income') }], {
    root: fieldErr('members.atLeastOne'),
  }),
  forgotten: fieldErr('not.in.order'),
  root: { server: fieldErr('server.down') },
} as unknown as FieldErrors;

describe('formErrorList', () => {
  it('lists errors in the order of the page, walking groups and lists, then any others', () => {
    expect(
      formErrorList(
        errors,
        ['givenName', 'representative.givenName', 'representative', 'members', 'income'],
        idFor,
        translate,
      ),
    ).toEqual([
      { fieldId: 'f-givenName', message: 'T(name.required)' },
      { fieldId: 'f-representative-givenName', message: 'T(rep.given)' },
      { fieldId: 'f-representative-familyName', message: 'T(rep.family)' },
      { fieldId: 'f-members', message: 'T(members.atLeastOne)' },
      { fieldId: 'f-members-1-income', message: 'T(member.income)' },
      { fieldId: 'f-income', message: 'T(income.required)' },
      { fieldId: 'f-forgotten', message: 'T(not.in.order)' },
    ]);
  });

  it('keeps errors the order does not name, after the named ones', () => {
    const list = formErrorList(errors, ['representative.givenName'], idFor, translate);
    expect(list.map((entry) => entry.fieldId)).toEqual([
      'f-representative-givenName',
      'f-income',
      'f-givenName',
      'f-representative-familyName',
      'f-members',
      'f-members-1-income',
      'f-forgotten',
    ]);
  });

  it('is empty without errors and never walks into the element refs', () => {
    expect(formErrorList({}, ['a'], idFor, translate)).toEqual([]);
    const withRef = {
      a: { type: 'required', message: 'a.required', ref: { self: {} } },
    } as unknown as FieldErrors;
    expect(formErrorList(withRef, ['a'], idFor, translate)).toEqual([
      { fieldId: 'f-a', message: 'T(a.required)' },
    ]);
  });
});

describe('fieldError', () => {
  it('finds a field by dotted path and translates its message', () => {
    expect(fieldError(errors, 'representative.familyName', translate)).toBe('T(rep.family)');
    expect(fieldError(errors, 'members.1.income', translate)).toBe('T(member.income)');
    expect(fieldError(errors, 'members', translate)).toBe('T(members.atLeastOne)');
    expect(fieldError(errors, 'representative', translate)).toBeUndefined();
    expect(fieldError(errors, 'nothing.here', translate)).toBeUndefined();
  });
});
