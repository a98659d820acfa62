import type { Result } from '../validation/result';
import { fail, ok } from '../validation/result';

// Structured creditor reference per ISO 11649 ("RF reference"): "RF", 2 check digits and
// 1–21 letters or digits, at most 25 characters; valid when mod 97 = 1 after moving the first
// four characters to the end and replacing letters by 10–35 (the ISO 7064 scheme IBANs use).
// ibantools 4.5 has no ISO 11649 check, hence this small implementation.

const EXAMPLE = 'RF18 5390 0754 7034';

// Folds digit by digit so the number never exceeds the safe integer range.
const mod97 = (alphanumeric: string): number => {
  let remainder = 0;
  for (const char of alphanumeric) {
    const value = parseInt(char, 36);
    remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
  }
  return remainder;
};

// The two check digits for a reference body (1–21 letters or digits), e.g. to issue references.
export const creditorReferenceCheckDigits = (body: string): string => {
  if (!/^[A-Z0-9]{1,21}$/.test(body)) throw new RangeError(`Not a creditor reference body: "${body}"`);
  return String(98 - mod97(`${body}RF00`)).padStart(2, '0');
};

export const validateCreditorReference = (input: string): Result<string> => {
  const reference = input.replace(/\s+/g, '').toUpperCase();
  if (reference === '') {
    return fail(
      'creditorReference.empty',
      `Bitte geben Sie die Referenz ein, zum Beispiel ${EXAMPLE}.`,
      `Please enter the reference, for example ${EXAMPLE}.`,
    );
  }
  if (reference.length > 25) {
    return fail(
      'creditorReference.tooLong',
      `Eine RF-Referenz hat höchstens 25 Zeichen, Sie haben ${reference.length} eingegeben.`,
      `An RF reference has at most 25 characters; you entered ${reference.length}.`,
    );
  }
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(reference)) {
    return fail(
      'creditorReference.format',
      `Eine RF-Referenz beginnt mit RF und 2 Prüfziffern, danach folgen Buchstaben oder Ziffern, zum Beispiel ${EXAMPLE}.`,
      `An RF reference starts with RF and 2 check digits, followed by letters or digits, for example ${EXAMPLE}.`,
    );
  }
  if (mod97(reference.slice(4) + reference.slice(0, 4)) !== 1) {
    return fail(
      'creditorReference.checksum',
      'Diese RF-Referenz ist nicht gültig – wahrscheinlich wurde ein Zeichen vertippt. Bitte prüfen Sie sie.',
      'This RF reference is not valid – probably a character was mistyped. Please check it.',
    );
  }
  return ok(reference);
};
