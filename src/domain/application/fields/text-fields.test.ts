import { describe, expect, it } from 'vitest';
import type { Result } from '../../validation/result';
import {
  maxTextLength,
  optionalEmail,
  optionalPhone,
  optionalText,
  postalCode,
  requiredText,
} from './text-fields';

const givenName = { de: 'Ihren Vornamen', en: 'your first name' };

const problemOf = (result: Result<string>) => {
  if (result.ok) throw new Error(`expected a problem, got ${JSON.stringify(result.value)}`);
  return result.problem;
};

describe('requiredText', () => {
  it.each([undefined, '', '   ', '\t\n '])('asks for the field when it is empty (%j)', (input) => {
    const problem = problemOf(requiredText(input, givenName));
    expect(problem.code).toBe('text.required');
    expect(problem.message).toEqual({ de: 'Geben Sie Ihren Vornamen ein.', en: 'Enter your first name.' });
  });

  it('trims what was typed', () => {
    expect(requiredText('  Erika  ', givenName)).toEqual({ ok: true, value: 'Erika' });
  });

  it('keeps inner spaces, hyphens and apostrophes of real names', () => {
    expect(requiredText("Anna-Lena d'Almeida", givenName)).toEqual({
      ok: true,
      value: "Anna-Lena d'Almeida",
    });
  });

  it('stores decomposed umlauts composed (NFC), so "Müller" is always the same name', () => {
    const decomposed = 'Mu\u0308ller';
    const result = requiredText(decomposed, givenName);
    expect(result).toEqual({ ok: true, value: 'M\u00fcller' });
  });

  it(`accepts ${maxTextLength} characters and refuses one more, saying how many are allowed`, () => {
    expect(requiredText('a'.repeat(maxTextLength), givenName).ok).toBe(true);
    const problem = problemOf(requiredText('a'.repeat(maxTextLength + 1), givenName));
    expect(problem.code).toBe('text.tooLong');
    expect(problem.message.de).toContain('Ihren Vornamen');
    expect(problem.message.de).toContain(`höchstens ${maxTextLength} Zeichen`);
    expect(problem.message.en).toContain('your first name');
    expect(problem.message.en).toContain(`${maxTextLength} characters or fewer`);
  });

  it('measures the length after trimming', () => {
    expect(requiredText(`  ${'a'.repeat(maxTextLength)}  `, givenName).ok).toBe(true);
  });

  it('honours a custom maximum', () => {
    expect(requiredText('a'.repeat(200), givenName, 200).ok).toBe(true);
    expect(problemOf(requiredText('a'.repeat(201), givenName, 200)).code).toBe('text.tooLong');
  });

  it('counts the characters the person sees: decomposed umlauts within the limit are accepted', () => {
    // 'Ä' typed or pasted decomposed (A + U+0308, as macOS file names give it) is 2 UTF-16 units but one character.
    const name = 'A\u0308'.repeat(maxTextLength);
    expect(requiredText(name, givenName)).toEqual({ ok: true, value: '\u00c4'.repeat(maxTextLength) });
  });

  it.each([
    ['Rechnung\u202Efdp', 'right-to-left override'],
    ['\u202Aabc', 'left-to-right embedding'],
    ['abc\u202C', 'pop directional formatting'],
    ['ab\u2066c\u2069', 'isolates'],
    ['a\u0000b', 'NUL'],
    ['Erika\nMustermann', 'line break inside'],
    ['Erika\tMustermann', 'tab inside'],
    ['a\u007fb', 'DEL'],
    ['a\u0085b', 'C1 next line'],
  ])('refuses %j (%s) and names the field', (input) => {
    const problem = problemOf(requiredText(input, givenName));
    expect(problem.code).toBe('text.controlCharacters');
    expect(problem.message.de).toContain('Ihren Vornamen');
    expect(problem.message.de).toContain('Steuerzeichen');
    expect(problem.message.en).toContain('your first name');
    expect(problem.message.en).toContain('control characters');
  });
});

describe('optionalText', () => {
  it.each([undefined, '', '  '])('gives "" for %j', (input) => {
    expect(optionalText(input, givenName)).toEqual({ ok: true, value: '' });
  });

  it('trims, normalises and checks like requiredText when filled in', () => {
    expect(optionalText(' Mu\u0308ller ', givenName)).toEqual({ ok: true, value: 'M\u00fcller' });
    expect(problemOf(optionalText('Rechnung\u202Efdp', givenName)).code).toBe('text.controlCharacters');
    expect(problemOf(optionalText('a'.repeat(maxTextLength + 1), givenName)).code).toBe('text.tooLong');
  });
});

describe('postalCode', () => {
  it.each([
    ['01067', '01067'],
    [' 01067 ', '01067'],
    ['01 067', '01067'],
    ['99998', '99998'],
  ])('accepts %j as %s', (input, value) => {
    expect(postalCode(input)).toEqual({ ok: true, value });
  });

  it.each([undefined, '', '   '])('asks for the postcode when it is missing (%j)', (input) => {
    const problem = problemOf(postalCode(input));
    expect(problem.code).toBe('postalCode.required');
    expect(problem.message).toEqual({ de: 'Geben Sie die Postleitzahl ein.', en: 'Enter the postcode.' });
  });

  it.each(['1067', '010677', 'O1067', 'D-01067', '01.067', '０１０６７'])('refuses %j', (input) => {
    const problem = problemOf(postalCode(input));
    expect(problem.code).toBe('postalCode.format');
    expect(problem.message.de).toContain('5 Ziffern');
    expect(problem.message.en).toContain('5 digits');
  });
});

describe('optionalEmail', () => {
  it.each([
    [undefined, ''],
    ['', ''],
    ['  ', ''],
    ['name@beispiel.de', 'name@beispiel.de'],
    ['  erika.mustermann+antrag@mail.example.org ', 'erika.mustermann+antrag@mail.example.org'],
  ])('accepts %j as %j', (input, value) => {
    expect(optionalEmail(input)).toEqual({ ok: true, value });
  });

  it.each([
    'name@beispiel',
    'name.beispiel.de',
    'name @beispiel.de',
    'name@@beispiel.de',
    '@beispiel.de',
    'name@',
    `${'a'.repeat(250)}@b.de`,
  ])('refuses %j with an example in both languages', (input) => {
    const problem = problemOf(optionalEmail(input));
    expect(problem.code).toBe('email.format');
    expect(problem.message.de).toContain('name@beispiel.de');
    expect(problem.message.en).toContain('name@example.com');
  });

  it.each(['name\u202E@beispiel.de', 'name@beispiel.de\u202Emoc', 'na\u0000me@beispiel.de'])(
    'refuses invisible control or bidi characters in %j',
    (input) => {
      expect(optionalEmail(input).ok).toBe(false);
    },
  );
});

describe('optionalPhone', () => {
  it.each([
    [undefined, ''],
    ['', ''],
    ['0351 1234567', '0351 1234567'],
    [' +49 351 1234567 ', '+49 351 1234567'],
    ['(0351) 123-4567', '(0351) 123-4567'],
    ['0351/1234567', '0351/1234567'],
    ['123456', '123456'],
    ['1'.repeat(20), '1'.repeat(20)],
  ])('accepts %j as %j', (input, value) => {
    expect(optionalPhone(input)).toEqual({ ok: true, value });
  });

  it.each([
    '12345',
    '1'.repeat(21),
    'abc',
    '0351-CALL-ME',
    '0351 1234567 ext. 5',
    '++49 351 1234567',
    '0351 +1234567',
  ])('refuses %j', (input) => {
    const problem = problemOf(optionalPhone(input));
    expect(problem.code).toBe('phone.format');
    expect(problem.message.de).toContain('Telefonnummer');
    expect(problem.message.en).toContain('phone number');
  });

  it.each(['0351\n1234567', '0351\t1234567'])('refuses a control character inside %j', (input) => {
    expect(optionalPhone(input).ok).toBe(false);
  });
});
