import type { Result } from '../validation/result';
import { fail, ok } from '../validation/result';

// SEPA creditor identifier (Gläubiger-Identifikationsnummer), EPC262-08: country code, 2 check digits, a 3-character
// creditor business code that the check ignores, and the national identifier (in Germany 11 characters, "ZZZ" as
// business code by convention: DE98ZZZ09999999999 is the Bundesbank's published test identifier). Check digits as
// ISO 7064 mod 97-10 over the national identifier followed by the country code and "00".

const mod97 = (alphanumeric: string): number => {
  let remainder = 0;
  for (const char of alphanumeric) {
    const value = parseInt(char, 36);
    remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
  }
  return remainder;
};

export function validateCreditorIdentifier(input: string): Result<string> {
  const id = input.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$/.test(id) || (id.startsWith('DE') && id.length !== 18)) {
    return fail(
      'creditorId.format',
      'Die Gläubiger-Identifikationsnummer hat nicht die richtige Form, zum Beispiel DE98ZZZ09999999999.',
      'The creditor identifier does not have the right form, for example DE98ZZZ09999999999.',
    );
  }
  const national = id.slice(7);
  if (mod97(`${national}${id.slice(0, 2)}${id.slice(2, 4)}`) !== 1) {
    return fail(
      'creditorId.checksum',
      'Die Prüfziffern der Gläubiger-Identifikationsnummer stimmen nicht.',
      'The check digits of the creditor identifier do not match.',
    );
  }
  return ok(id);
}
