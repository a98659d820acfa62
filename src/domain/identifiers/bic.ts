import { ValidationErrorsBIC, validateBIC } from 'ibantools';

import type { Result } from '../validation/result';
import { fail, ok } from '../validation/result';

// BIC (ISO 9362): 4 letters bank, 2 letters country, 2 characters location,
// optionally 3 characters branch. Only needed for the EPC QR code, where it is optional.

const EXAMPLE = 'COBADEFFXXX';

export const validateBic = (input: string): Result<string> => {
  const bic = input.replace(/\s+/g, '').toUpperCase();
  if (bic === '') {
    return fail(
      'bic.empty',
      `Bitte geben Sie die BIC ein, zum Beispiel ${EXAMPLE}.`,
      `Please enter the BIC, for example ${EXAMPLE}.`,
    );
  }
  if (bic.length !== 8 && bic.length !== 11) {
    return fail(
      'bic.length',
      `Eine BIC hat 8 oder 11 Zeichen, zum Beispiel ${EXAMPLE}. Sie haben ${bic.length} eingegeben.`,
      `A BIC has 8 or 11 characters, for example ${EXAMPLE}. You entered ${bic.length}.`,
    );
  }
  const { errorCodes } = validateBIC(bic);
  if (errorCodes.includes(ValidationErrorsBIC.WrongBICFormat)) {
    return fail(
      'bic.format',
      `Eine BIC beginnt mit 6 Buchstaben (Bank und Land), danach folgen Buchstaben oder Ziffern, zum Beispiel ${EXAMPLE}.`,
      `A BIC starts with 6 letters (bank and country), followed by letters or digits, for example ${EXAMPLE}.`,
    );
  }
  if (errorCodes.length > 0) {
    return fail(
      'bic.country',
      `Die Buchstaben 5 und 6 der BIC sind der Ländercode, für Deutschland DE. „${bic.slice(4, 6)}“ ist kein gültiger Ländercode.`,
      `Letters 5 and 6 of the BIC are the country code, DE for Germany. "${bic.slice(4, 6)}" is not a valid country code.`,
    );
  }
  return ok(bic);
};
