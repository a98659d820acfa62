import { describe, expect, it } from 'vitest';
import { validateCreditorIdentifier } from './creditor-identifier';

describe('validateCreditorIdentifier', () => {
  it('accepts the Bundesbank test identifier, with spaces and in lower case', () => {
    expect(validateCreditorIdentifier('de98 zzz0 9999 9999 99')).toEqual({
      ok: true,
      value: 'DE98ZZZ09999999999',
    });
  });

  it('ignores the business code, as the check does', () => {
    expect(validateCreditorIdentifier('DE98ABC09999999999').ok).toBe(true);
  });

  it.each([
    ['DE97ZZZ09999999999', 'creditorId.checksum'],
    ['DE98ZZZ0999999999', 'creditorId.format'],
    ['98ZZZ09999999999', 'creditorId.format'],
  ])('refuses %s with %s', (input, code) => {
    const result = validateCreditorIdentifier(input);
    expect(result.ok ? undefined : result.problem.code).toBe(code);
  });
});
