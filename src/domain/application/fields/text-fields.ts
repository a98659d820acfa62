import { fail, ok, type LocalizedText, type Result } from '../../validation/result';

export type FieldNames = { de: string; en: string };

// Long enough for every real name and street (DIN 5008 allows 35 per address line; people type more) yet
// bounded, so that a pasted book cannot fill the draft or the PDF.
export const maxTextLength = 100;

// Control characters and bidi overrides hide or reorder text (e.g. "Rechnung\u202Efdp.exe").
// eslint-disable-next-line no-control-regex -- finding them is the point
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const required = (name: FieldNames): LocalizedText => ({
  de: `Geben Sie ${name.de} ein.`,
  en: `Enter ${name.en}.`,
});

/** Trimmed text of at most `max` characters without control or bidi-override characters. */
export function requiredText(
  input: string | undefined,
  name: FieldNames,
  max = maxTextLength,
): Result<string> {
  const value = (input ?? '').normalize('NFC').trim();
  if (value === '') return { ok: false, problem: { code: 'text.required', message: required(name) } };
  return boundedText(value, name, max);
}

/** Like requiredText, but empty is fine and gives ''. */
export function optionalText(
  input: string | undefined,
  name: FieldNames,
  max = maxTextLength,
): Result<string> {
  const value = (input ?? '').normalize('NFC').trim();
  return value === '' ? ok('') : boundedText(value, name, max);
}

function boundedText(value: string, name: FieldNames, max: number): Result<string> {
  if (value.length > max) {
    return fail(
      'text.tooLong',
      `Kürzen Sie ${name.de} bitte auf höchstens ${max} Zeichen.`,
      `Shorten ${name.en} to ${max} characters or fewer.`,
    );
  }
  if (controlCharacters.test(value)) {
    return fail(
      'text.controlCharacters',
      `Tippen Sie ${name.de} bitte neu ein: Der Text enthält unsichtbare Steuerzeichen.`,
      `Please type ${name.en} again: the text contains invisible control characters.`,
    );
  }
  return ok(value);
}

/** German postcode: exactly five digits. */
export function postalCode(input: string | undefined): Result<string> {
  const value = (input ?? '').replace(/\s+/g, '');
  if (value === '')
    return fail('postalCode.required', 'Geben Sie die Postleitzahl ein.', 'Enter the postcode.');
  if (!/^\d{5}$/.test(value)) {
    return fail(
      'postalCode.format',
      'Die Postleitzahl hat 5 Ziffern, zum Beispiel 01067.',
      'The postcode has 5 digits, for example 01067.',
    );
  }
  return ok(value);
}

/** Optional e-mail address: one @, a dot in the domain, no spaces — enough to catch typing slips. */
export function optionalEmail(input: string | undefined): Result<string> {
  const value = (input ?? '').trim();
  if (value === '') return ok('');
  if (value.length > 254 || controlCharacters.test(value) || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
    return fail(
      'email.format',
      'Geben Sie die E-Mail-Adresse im richtigen Format ein, zum Beispiel name@beispiel.de.',
      'Enter the e-mail address in the correct format, for example name@example.com.',
    );
  }
  return ok(value);
}

/** Optional phone number: digits with the usual separators, 6 to 20 digits, optionally starting with +. */
export function optionalPhone(input: string | undefined): Result<string> {
  const value = (input ?? '').trim();
  if (value === '') return ok('');
  const digits = value.replace(/\D/g, '');
  if (!/^\+?[\d /()-]+$/.test(value) || digits.length < 6 || digits.length > 20) {
    return fail(
      'phone.format',
      'Geben Sie die Telefonnummer nur mit Ziffern ein, zum Beispiel 0351 1234567.',
      'Enter the phone number with digits only, for example 0351 1234567.',
    );
  }
  return ok(value);
}
