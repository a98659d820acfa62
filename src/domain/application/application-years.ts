import { figuresForYear, supportedYears } from '../figures/figures-for-year';
import { isAdvanceOfferYear } from '../vorauszahlung/advance-offer-years';

export type YearPurpose = 'refund' | 'current' | 'advance';

export type ApplicationYear = { year: number; purpose: YearPurpose; provisional: boolean };

// Refunds can be claimed for four years after the end of the year (§ 45 SGB I, docs/rules/rules.md § 6): in 2026 back to
// 2022. Next year is offered for the advance payment (Vorauszahlung) from 1 October, when the insurers send their
// offers (advance-offer-years.ts). Only years the figures table covers are offered, so a year without figures of
// law can never be chosen.
const refundYearsBack = 4;

/** The years one may apply for on `referenceDate` (today, ISO, passed in), newest first. */
export function applicationYears(referenceDate: string): ApplicationYear[] {
  const referenceYear = Number(referenceDate.slice(0, 4));
  return supportedYears()
    .filter(
      (year) =>
        year >= referenceYear - refundYearsBack &&
        (year <= referenceYear || isAdvanceOfferYear(year, referenceDate)),
    )
    .map((year): ApplicationYear => ({
      year,
      purpose: year < referenceYear ? 'refund' : year === referenceYear ? 'current' : 'advance',
      provisional: isProvisional(year),
    }))
    .sort((a, b) => b.year - a.year);
}

function isProvisional(year: number): boolean {
  const figures = figuresForYear(year);
  return figures.ok && figures.value.status === 'provisional';
}
