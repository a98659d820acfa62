import { describe, expect, it } from 'vitest';

import { formatIbanForDisplay, validateIban } from './iban';

const codeOf = (input: string) => {
  const result = validateIban(input);
  return result.ok ? 'ok' : result.problem.code;
};

describe('validateIban', () => {
  it('accepts the docs/rules/rules.md example and returns the electronic format', () => {
    expect(validateIban('DE89370400440532013000')).toEqual({ ok: true, value: 'DE89370400440532013000' });
    expect(validateIban(' de89 3704\u00a00044-0532 0130 00 ')).toEqual({
      ok: true,
      value: 'DE89370400440532013000',
    });
  });

  it('accepts other SEPA countries', () => {
    expect(codeOf('GB82WEST12345698765432')).toBe('ok');
    expect(codeOf('AT611904300234573201')).toBe('ok');
  });

  it.each([
    ['', 'iban.empty'],
    ['DE89.3704.0044.0532.0130.00', 'iban.invalidCharacters'],
    ['DE89370400440532013ä00', 'iban.invalidCharacters'],
    ['XX89370400440532013000', 'iban.country'],
    ['1289370400440532013000', 'iban.country'],
    ['BR1800360305000010009795493C1', 'iban.notSepa'],
    ['DE8937040044053201300', 'iban.length'],
    ['DE893704004405320130000', 'iban.length'],
    ['DEAB370400440532013000', 'iban.format'],
    ['DE8937040044053201300A', 'iban.format'],
    ['CH4431999123000889012', 'iban.qrIban'],
    ['DE89370400440532013001', 'iban.checksum'],
    ['DE98370400440532013000', 'iban.checksum'],
  ])('%j fails with %s', (input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it('tells that a German IBAN has 22 characters', () => {
    const result = validateIban('DE8937040044053201300');
    expect(result.ok ? '' : result.problem.message.de).toContain('22 Zeichen');
    expect(result.ok ? '' : result.problem.message.en).toContain('22 characters');
  });

  it('names the expected length for other countries', () => {
    const result = validateIban('AT61190430023457320');
    expect(result.ok ? '' : result.problem.message.en).toContain('AT has 20 characters');
  });
});

describe('formatIbanForDisplay', () => {
  it('groups by four', () => {
    expect(formatIbanForDisplay('DE89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00');
    expect(formatIbanForDisplay('de89 37040044 0532013000')).toBe('DE89 3704 0044 0532 0130 00');
    expect(formatIbanForDisplay('AT611904300234573201')).toBe('AT61 1904 3002 3457 3201');
  });
});
