import { daysInMonth } from './iso-date';

/** `isoDate` plus `days` calendar days (may be negative), as an ISO date; pure arithmetic, no Date, no time zone. */
export function addDays(isoDate: string, days: number): string {
  let year = Number(isoDate.slice(0, 4));
  let month = Number(isoDate.slice(5, 7));
  let day = Number(isoDate.slice(8, 10)) + days;
  while (day > daysInMonth(year, month)) {
    day -= daysInMonth(year, month);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  while (day < 1) {
    month -= 1;
    if (month < 1) [year, month] = [year - 1, 12];
    day += daysInMonth(year, month);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
