import { daysInMonth, isIsoCalendarDate } from '../../limit-case/iso-date';
import { fail, ok, type Result } from '../../validation/result';
import type { FieldNames } from './text-fields';

// People type dates as "3.2.1956", "03.02.1956" or "3. 2. 1956"; an ISO date (from a date picker or an export)
// is accepted as well. Two-digit years are refused: 56 could be 1956 or 2056.
const GERMAN = /^(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{4})$/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export type DateBounds = { notAfter?: string; notBefore?: string };

/** A date typed the German way, as ISO `YYYY-MM-DD`, within the given bounds (ISO, inclusive). */
export function germanDate(
  input: string | undefined,
  name: FieldNames,
  bounds: DateBounds = {},
): Result<string> {
  const value = (input ?? '').trim();
  if (value === '') return fail('date.required', `Geben Sie ${name.de} ein.`, `Enter ${name.en}.`);
  const iso = toIso(value);
  const missingDay = iso === undefined ? undefined : dayBeyondMonth(iso);
  if (missingDay !== undefined) {
    // A well-formed date whose day the month does not have (31.02.) is a slip, not a misunderstanding of the
    // format: say which day is wrong instead of repeating the format.
    const { year, month, days } = missingDay;
    return fail(
      'date.noSuchDay',
      `Diesen Tag gibt es nicht: Der ${monthNames.de[month - 1] ?? ''} ${year} hat ${days} Tage.`,
      `This day does not exist: ${monthNames.en[month - 1] ?? ''} ${year} has ${days} days.`,
    );
  }
  if (iso === undefined || !isIsoCalendarDate(iso)) {
    return fail(
      'date.format',
      `Geben Sie ${name.de} als Tag, Monat und Jahr ein, zum Beispiel 27.3.1956.`,
      `Enter ${name.en} as day, month and year, for example 27.3.1956.`,
    );
  }
  if (bounds.notAfter !== undefined && iso > bounds.notAfter) {
    return fail(
      'date.tooLate',
      `${cap(name.de)} darf nicht nach dem ${formatGermanDate(bounds.notAfter)} liegen.`,
      `${cap(name.en)} must not be after ${bounds.notAfter}.`,
    );
  }
  if (bounds.notBefore !== undefined && iso < bounds.notBefore) {
    return fail(
      'date.tooEarly',
      `${cap(name.de)} darf nicht vor dem ${formatGermanDate(bounds.notBefore)} liegen.`,
      `${cap(name.en)} must not be before ${bounds.notBefore}.`,
    );
  }
  return ok(iso);
}

function toIso(value: string): string | undefined {
  if (ISO.test(value)) return value;
  const match = GERMAN.exec(value);
  if (match === null) return undefined;
  const [day, month, year] = [match[1] ?? '', match[2] ?? '', match[3] ?? ''];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

const monthNames = {
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

/** For a well-formed date with a real month and a day of 29 to 31 the month does not have: the month's length. */
function dayBeyondMonth(iso: string): { year: number; month: number; days: number } | undefined {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const days = daysInMonth(year, month);
  return day > days ? { year, month, days } : undefined;
}

/** ISO `YYYY-MM-DD` → "27.03.1956". */
export function formatGermanDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
