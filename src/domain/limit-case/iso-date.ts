// Dates are ISO strings `YYYY-MM-DD`: they compare chronologically as strings and need no clock
// or time zone. A Date object would shift with the machine's time zone.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** True for a real calendar date written `YYYY-MM-DD` (so 2025-02-29 and 2025-13-01 are false). */
export const isIsoCalendarDate = (value: string): boolean => {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
};
