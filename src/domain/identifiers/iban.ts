import {
  ValidationErrorsIBAN,
  electronicFormatIBAN,
  getCountrySpecifications,
  isSEPACountry,
  validateIBAN,
} from 'ibantools';

import type { Result } from '../validation/result';
import { fail, ok } from '../validation/result';

// IBAN (ISO 13616, check digits mod 97 = 1); German IBANs have 22 characters (docs/rules/rules.md § 8).
// Refunds and advance payments are SEPA credit transfers, so only SEPA countries are accepted.

const EXAMPLE = 'DE89 3704 0044 0532 0130 00';

const expectedLength = (country: string): number | null => getCountrySpecifications()[country]?.chars ?? null;

const lengthProblem = (country: string, actual: number): Result<string> => {
  const expected = expectedLength(country);
  return country === 'DE'
    ? fail(
        'iban.length',
        `Eine deutsche IBAN hat 22 Zeichen: DE, 2 Prüfziffern und 18 Ziffern. Sie haben ${actual} eingegeben – bitte prüfen Sie, ob ein Zeichen fehlt oder doppelt ist.`,
        `A German IBAN has 22 characters: DE, 2 check digits and 18 digits. You entered ${actual} – please check for a missing or doubled character.`,
      )
    : fail(
        'iban.length',
        `Eine IBAN aus ${country} hat ${expected} Zeichen. Sie haben ${actual} eingegeben – bitte prüfen Sie, ob ein Zeichen fehlt oder doppelt ist.`,
        `An IBAN from ${country} has ${expected} characters. You entered ${actual} – please check for a missing or doubled character.`,
      );
};

// Checks in the order a person would fix them: characters, country, length, structure, checksum.
export const validateIban = (input: string): Result<string> => {
  const iban = electronicFormatIBAN(input.replace(/\s+/g, '')) ?? '';
  if (iban === '') {
    return fail(
      'iban.empty',
      `Bitte geben Sie die IBAN ein, zum Beispiel ${EXAMPLE}.`,
      `Please enter the IBAN, for example ${EXAMPLE}.`,
    );
  }
  if (!/^[A-Z0-9]+$/.test(iban)) {
    return fail(
      'iban.invalidCharacters',
      'Eine IBAN enthält nur Buchstaben und Ziffern. Bitte entfernen Sie andere Zeichen.',
      'An IBAN contains only letters and digits. Please remove any other characters.',
    );
  }
  const country = iban.slice(0, 2);
  const { errorCodes } = validateIBAN(iban, { allowQRIBAN: false });
  if (errorCodes.includes(ValidationErrorsIBAN.NoIBANCountry)) {
    return fail(
      'iban.country',
      `Die IBAN beginnt mit einem Ländercode, für Deutschland DE, zum Beispiel ${EXAMPLE}. „${country}“ ist kein IBAN-Ländercode.`,
      `An IBAN starts with a country code, DE for Germany, for example ${EXAMPLE}. "${country}" is not an IBAN country code.`,
    );
  }
  if (!isSEPACountry(country)) {
    return fail(
      'iban.notSepa',
      `Überweisungen sind nur auf Konten im SEPA-Raum möglich. Die IBAN mit dem Ländercode ${country} gehört nicht dazu – bitte geben Sie ein Konto im SEPA-Raum an.`,
      `Transfers are only possible to accounts in the SEPA area. An IBAN with country code ${country} is outside it – please give an account in the SEPA area.`,
    );
  }
  if (errorCodes.includes(ValidationErrorsIBAN.WrongBBANLength)) return lengthProblem(country, iban.length);
  if (
    errorCodes.includes(ValidationErrorsIBAN.ChecksumNotNumber) ||
    errorCodes.includes(ValidationErrorsIBAN.WrongBBANFormat)
  ) {
    return fail(
      'iban.format',
      `Die IBAN ist falsch aufgebaut: Nach dem Ländercode folgen 2 Prüfziffern und dann die Kontoangaben${country === 'DE' ? ' (in Deutschland 18 Ziffern)' : ''}. Bitte prüfen Sie die Eingabe.`,
      `The IBAN is not structured correctly: the country code is followed by 2 check digits and then the account details${country === 'DE' ? ' (18 digits in Germany)' : ''}. Please check it.`,
    );
  }
  if (errorCodes.includes(ValidationErrorsIBAN.QRIBANNotAllowed)) {
    return fail(
      'iban.qrIban',
      'Diese IBAN ist eine Schweizer QR-IBAN und nur für QR-Rechnungen gedacht. Bitte geben Sie die normale IBAN des Kontos an.',
      'This is a Swiss QR-IBAN, meant only for QR bills. Please give the regular IBAN of the account.',
    );
  }
  if (errorCodes.length > 0) {
    return fail(
      'iban.checksum',
      'Diese IBAN gibt es nicht – wahrscheinlich wurde ein Zeichen vertippt oder zwei vertauscht. Bitte vergleichen Sie sie mit Ihren Kontounterlagen.',
      'This IBAN does not exist – probably a character was mistyped or two were swapped. Please compare it with your bank documents.',
    );
  }
  return ok(iban);
};

// Groups of four, as printed on bank cards and statements (ISO 13616 paper format).
export const formatIbanForDisplay = (iban: string): string =>
  (electronicFormatIBAN(iban.replace(/\s+/g, '')) ?? '').replace(/(.{4})(?=.)/g, '$1 ');
