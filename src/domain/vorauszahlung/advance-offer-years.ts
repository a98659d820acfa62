// When the advance payment (Vorauszahlung) is offered: for the current year until its last day, and for the next
// year from 1 October, when the insurers send their offer letters (docs/rules/rules.md § 7, "Advance payment").
// The reference date is a parameter: a rule never reads the clock.

/** First month (1-based) in which next year's advance payment is offered. */
export const nextYearOfferMonth = 10;

/** The years an advance payment can be applied for on `referenceDate` (ISO), oldest first. */
export function advanceOfferYears(referenceDate: string): number[] {
  const year = Number(referenceDate.slice(0, 4));
  const month = Number(referenceDate.slice(5, 7));
  return month >= nextYearOfferMonth ? [year, year + 1] : [year];
}

export const isAdvanceOfferYear = (year: number, referenceDate: string): boolean =>
  advanceOfferYears(referenceDate).includes(year);
