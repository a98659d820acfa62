import type { Result } from '../validation/result';
import { fail, ok } from '../validation/result';
import { weightedDigitSum } from './weighted-digit-sum';

// Krankenversichertennummer (§ 290 SGB V), the unchangeable 10-character part printed
// on the health card: a capital letter A–Z, 8 digits and a check digit (docs/rules/rules.md § 8).

const EXAMPLE = 'A123456780';

// Check digit per docs/rules/rules.md § 8 (Richtlinie nach § 290 Abs. 2 SGB V): the letter becomes its
// two-digit alphabet position (A = 01 … Z = 26), the 10 digits are weighted 1, 2, 1, 2 …,
// the digit sums of the products are added, and the check digit is that sum mod 10.
export const kvnrCheckDigit = (letterAnd8Digits: string): number => {
  if (!/^[A-Z]\d{8}$/.test(letterAnd8Digits)) {
    throw new RangeError(`Expected a capital letter and 8 digits, got "${letterAnd8Digits}"`);
  }
  const position = String(letterAnd8Digits.charCodeAt(0) - 64).padStart(2, '0');
  return weightedDigitSum(position + letterAnd8Digits.slice(1), [1, 2]) % 10;
};

// People copy the number from the card with spaces or in lower case; both are harmless. Every place that shows a
// KVNR shows it this way (capitals, no spaces), even while it is not yet valid.
export const normaliseKvnr = (input: string): string => input.trim().toUpperCase().replace(/\s+/g, '');

export const validateKvnr = (input: string): Result<string> => {
  const kvnr = normaliseKvnr(input);
  if (kvnr === '') {
    return fail(
      'kvnr.empty',
      `Bitte geben Sie die Krankenversichertennummer ein. Sie steht auf der Gesundheitskarte, zum Beispiel ${EXAMPLE}.`,
      `Please enter the health insurance number (Krankenversichertennummer). It is printed on the health card, for example ${EXAMPLE}.`,
    );
  }
  if (kvnr.length !== 10) {
    return fail(
      'kvnr.length',
      `Die Krankenversichertennummer hat 10 Zeichen: einen Großbuchstaben und 9 Ziffern, zum Beispiel ${EXAMPLE}. Sie haben ${kvnr.length} Zeichen eingegeben.`,
      `The health insurance number has 10 characters: one capital letter and 9 digits, for example ${EXAMPLE}. You entered ${kvnr.length}.`,
    );
  }
  if (!/^[A-Z]/.test(kvnr)) {
    return fail(
      'kvnr.firstLetter',
      `Die Krankenversichertennummer beginnt mit einem Buchstaben von A bis Z, danach folgen 9 Ziffern, zum Beispiel ${EXAMPLE}.`,
      `The health insurance number starts with a letter from A to Z, followed by 9 digits, for example ${EXAMPLE}.`,
    );
  }
  if (!/^[A-Z]\d{9}$/.test(kvnr)) {
    return fail(
      'kvnr.digits',
      `Nach dem Buchstaben folgen genau 9 Ziffern ohne andere Zeichen, zum Beispiel ${EXAMPLE}.`,
      `The letter is followed by exactly 9 digits and nothing else, for example ${EXAMPLE}.`,
    );
  }
  if (kvnrCheckDigit(kvnr.slice(0, 9)) !== Number(kvnr[9])) {
    return fail(
      'kvnr.checkDigit',
      'Diese Krankenversichertennummer gibt es nicht – wahrscheinlich wurde eine Ziffer vertippt. Bitte vergleichen Sie sie mit der Gesundheitskarte.',
      'This health insurance number does not exist – probably a digit was mistyped. Please compare it with the health card.',
    );
  }
  return ok(kvnr);
};
