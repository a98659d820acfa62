// The check-digit scheme shared by the Krankenversichertennummer and the
// Institutionskennzeichen (a Luhn variant): multiply each digit by its weight,
// add the digit sums (quersummen) of the products. Weights repeat when the
// digit string is longer than the weight list.
export const weightedDigitSum = (digits: string, weights: readonly number[]): number => {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    const char = digits[index] ?? '';
    if (!/^\d$/.test(char)) throw new RangeError(`Not a digit: "${char}"`);
    const product = Number(char) * (weights[index % weights.length] ?? 1);
    sum += Math.floor(product / 10) + (product % 10);
  }
  return sum;
};
