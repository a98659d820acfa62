import { describe, expect, it } from 'vitest';

import { checkEpcText } from './epc-text-field';

const codeOf = (value: string | undefined, max = 70) => {
  const result = checkEpcText('name', value, max);
  return result.ok ? result.value : result.problem.code;
};

describe('checkEpcText', () => {
  it('trims and treats a missing value as empty', () => {
    expect(codeOf('  AOK Musterland ')).toBe('AOK Musterland');
    expect(codeOf(undefined)).toBe('');
  });

  it('accepts German letters and counts them as one character each', () => {
    expect(codeOf('Jürgen Groß-Öztürk')).toBe('Jürgen Groß-Öztürk');
    expect(codeOf('ä'.repeat(70))).toBe('ä'.repeat(70));
    expect(codeOf('😀'.repeat(70))).toBe('😀'.repeat(70));
  });

  it('accepts the limit and rejects one more', () => {
    expect(codeOf('a'.repeat(70))).toBe('a'.repeat(70));
    expect(codeOf('a'.repeat(71))).toBe('epc.name.tooLong');
  });

  it.each([
    ['line feed', 'AOK\nDE02120300000000202051'],
    ['carriage return', 'AOK\rX'],
    ['tab', 'AOK\tX'],
    ['line separator', 'AOK\u2028X'],
    ['paragraph separator', 'AOK\u2029X'],
    ['next line (C1)', 'AOK\u0085X'],
    ['zero-width space', 'AOK\u200bX'],
    ['soft hyphen', 'AOK\u00adX'],
    ['bidi override', 'AOK\u202eX'],
    ['lone surrogate', 'AOK\ud800X'],
    ['NUL', 'AOK\u0000X'],
  ])('rejects a %s inside the value', (_label, value) => {
    expect(codeOf(value)).toBe('epc.name.invalidCharacters');
  });

  it('names the field in the code and the message', () => {
    const result = checkEpcText('note', 'x'.repeat(71), 70);
    expect(result.ok ? '' : result.problem.code).toBe('epc.note.tooLong');
    expect(result.ok ? '' : result.problem.message.de).toContain('Hinweis an den Zahler');
  });
});
