import { describe, expect, it } from 'vitest';

import { validateBic } from './bic';

const codeOf = (input: string) => {
  const result = validateBic(input);
  return result.ok ? 'ok' : result.problem.code;
};

describe('validateBic', () => {
  it.each([
    ['COBADEFFXXX', 'COBADEFFXXX'],
    ['COBADEFF', 'COBADEFF'],
    [' cobade ff ', 'COBADEFF'],
    ['AOKBDE21XXX', 'AOKBDE21XXX'],
  ])('accepts %j as %s', (input, bic) => {
    expect(validateBic(input)).toEqual({ ok: true, value: bic });
  });

  it.each([
    ['', 'bic.empty'],
    ['COBADEF', 'bic.length'],
    ['COBADEFFXX', 'bic.length'],
    ['CO1ADEFF', 'bic.format'],
    ['COBADE-F', 'bic.format'],
    ['COBAXXFF', 'bic.country'],
  ])('%j fails with %s', (input, code) => {
    expect(codeOf(input)).toBe(code);
  });
});
