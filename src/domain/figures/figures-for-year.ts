import { fail, ok, type Result } from '../validation/result';
import { figuresOfLaw } from './figures-of-law';
import type { YearFigures } from './year-figures';

const years: readonly number[] = Object.freeze(
  Object.keys(figuresOfLaw)
    .map(Number)
    .sort((a, b) => a - b),
);

/** The years the table of docs/rules/rules.md § 1 covers, ascending. The UI offers exactly these. */
export const supportedYears = (): readonly number[] => years;

export const isSupportedYear = (year: number): boolean => years.includes(year);

/** Human-readable range of the table, e.g. "2021–2027". */
export const supportedYearRange = (): string => `${years[0]}–${years[years.length - 1]}`;

// A year outside the table is an error, never a fallback to the nearest year (docs/rules/rules.md § 1):
// silently using last year's figures would produce a wrong limit that looks right.
export const figuresForYear = (year: number): Result<YearFigures> => {
  const figures = isSupportedYear(year) ? figuresOfLaw[year] : undefined;
  if (figures === undefined) {
    const range = supportedYearRange();
    return fail(
      'figures.unsupportedYear',
      `Für das Jahr ${year} liegen keine Rechengrößen vor. Unterstützt werden die Jahre ${range}.`,
      `There are no figures of law for the year ${year}. Supported years are ${range}.`,
    );
  }
  return ok(figures);
};
