import type { Cents } from '../money/cents';
import { isCents } from '../money/cents';
import type { Result } from '../validation/result';
import { fail, ok } from '../validation/result';

// EPC069-12 (version 002), amount field: "EUR" followed by the amount with a decimal
// point and at most 2 decimals, from EUR0.01 to EUR999999999.99. Built from the decimal
// digits of the integer, never through a float.
export const EPC_MIN_CENTS: Cents = 1;
export const EPC_MAX_CENTS: Cents = 99_999_999_999;

export const formatEpcAmount = (cents: Cents): Result<string> => {
  if (!isCents(cents)) {
    return fail(
      'epc.amount.notCents',
      'Der Betrag für den QR-Code muss in ganzen Cent angegeben sein.',
      'The amount for the QR code must be a whole number of cents.',
    );
  }
  if (cents < EPC_MIN_CENTS) {
    return fail(
      'epc.amount.tooSmall',
      'Ein QR-Code für eine Überweisung braucht einen Betrag von mindestens 0,01 €.',
      'A QR code for a transfer needs an amount of at least €0.01.',
    );
  }
  if (cents > EPC_MAX_CENTS) {
    return fail(
      'epc.amount.tooLarge',
      'Ein QR-Code für eine Überweisung erlaubt höchstens 999.999.999,99 €.',
      'A QR code for a transfer allows at most €999,999,999.99.',
    );
  }
  const digits = String(cents).padStart(3, '0');
  return ok(`EUR${digits.slice(0, -2)}.${digits.slice(-2)}`);
};
