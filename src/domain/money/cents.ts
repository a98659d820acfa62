// Money is always an integer number of euro cents: binary floating point cannot
// represent 0,10 € exactly, and § 62 SGB V limits (2 % / 1 % of income) must be
// compared to the cent. Integers up to Number.MAX_SAFE_INTEGER add exactly.
export type Cents = number;

export const isCents = (value: unknown): value is Cents =>
  typeof value === 'number' && Number.isSafeInteger(value);

// Throws rather than returning a Result: a sum beyond the safe range is a
// programming error (no household spends 90 trillion euros), not user input.
export const sumCents = (values: readonly Cents[]): Cents => {
  let total = 0;
  for (const value of values) {
    if (!isCents(value)) throw new RangeError(`Not an integer cent amount: ${value}`);
    total += value;
    if (!Number.isSafeInteger(total)) throw new RangeError('Sum of cents exceeds the safe integer range');
  }
  return total;
};
