import type { Result } from '../validation/result';
import { fail, ok } from '../validation/result';
import { weightedDigitSum } from './weighted-digit-sum';

// Institutionskennzeichen (§ 293 SGB V): 9 digits = 2 classification, 2 region,
// 4 serial number, 1 check digit (docs/rules/rules.md § 8).

const EXAMPLE = '101575519';

// Check digit per docs/rules/rules.md § 8 (Gemeinsames Rundschreiben Institutionskennzeichen): digits
// 3–8 weighted 2, 1, 2, 1, 2, 1, digit sums of the products added, mod 10. Digits 1–2
// (classification) are not covered, so a typo there cannot be detected.
export const ikCheckDigit = (eightDigits: string): number => {
  if (!/^\d{8}$/.test(eightDigits)) throw new RangeError(`Expected 8 digits, got "${eightDigits}"`);
  return weightedDigitSum(eightDigits.slice(2), [2, 1]) % 10;
};

export const validateIk = (input: string): Result<string> => {
  const ik = input.trim().replace(/\s+/g, '');
  if (ik === '') {
    return fail(
      'ik.empty',
      `Bitte geben Sie das Institutionskennzeichen (IK) ein: 9 Ziffern, zum Beispiel ${EXAMPLE}.`,
      `Please enter the institution code (Institutionskennzeichen, IK): 9 digits, for example ${EXAMPLE}.`,
    );
  }
  if (!/^\d+$/.test(ik)) {
    return fail(
      'ik.digits',
      `Das Institutionskennzeichen besteht nur aus Ziffern, zum Beispiel ${EXAMPLE}. Bitte entfernen Sie andere Zeichen.`,
      `The institution code consists of digits only, for example ${EXAMPLE}. Please remove other characters.`,
    );
  }
  if (ik.length !== 9) {
    return fail(
      'ik.length',
      `Das Institutionskennzeichen hat 9 Ziffern, zum Beispiel ${EXAMPLE}. Sie haben ${ik.length} eingegeben.`,
      `The institution code has 9 digits, for example ${EXAMPLE}. You entered ${ik.length}.`,
    );
  }
  if (ikCheckDigit(ik.slice(0, 8)) !== Number(ik[8])) {
    return fail(
      'ik.checkDigit',
      'Dieses Institutionskennzeichen gibt es nicht – wahrscheinlich wurde eine Ziffer vertippt. Bitte prüfen Sie es.',
      'This institution code does not exist – probably a digit was mistyped. Please check it.',
    );
  }
  return ok(ik);
};
