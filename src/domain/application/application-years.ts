import { figuresForYear, supportedYears } from '../figures/figures-for-year';

export type YearPurpose = 'refund' | 'current' | 'advance';

export type ApplicationYear = { year: number; purpose: YearPurpose; provisional: boolean };

// Refunds can be claimed for four years after the end of the year (§ 45 SGB I, docs/rules/rules.md § 6): in 2026 back to
// 2022. Next year is offered for the advance payment (Vorauszahlung). Only years the figures table covers are
// offered, so a year without figures of law can never be chosen.
const refundYearsBack = 4;

/** The years one may apply for on `referenceYear` (the current calendar year, passed in), newest first. */
export function applicationYears(referenceYear: number): ApplicationYear[] {
  return supportedYears()
    .filter((year) => year >= referenceYear - refundYearsBack && year <= referenceYear + 1)
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
