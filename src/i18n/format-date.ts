import { useI18n } from './use-i18n';

/**
 * Dates on screen, one format per language: English always reads "7 December 2026" (day, month name, year: no
 * confusion between day and month); German reads "07.12.2026" (DIN 5008) or, in running text, "7. Dezember 2026".
 * Dates stay ISO strings until here.
 */
export type GermanDateStyle = 'numeric' | 'long';

const english = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const germanLong = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' });
// The calendar day of a point in time in the insurer's zone, whatever zone the device is in.
const berlinDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// UTC on both sides, so that the day never shifts by one in a zone west of Greenwich.
const utc = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** A calendar date, ISO `YYYY-MM-DD` (a birth date, the day a receipt was paid). */
export function formatCalendarDate(
  iso: string,
  language: string,
  german: GermanDateStyle = 'numeric',
): string {
  if (language === 'en') return english.format(utc(iso));
  if (german === 'long') return germanLong.format(utc(iso));
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/** The date of a point in time (ISO with time and zone), as it was in Germany. */
export function formatInstantDate(
  isoDateTime: string,
  language: string,
  german: GermanDateStyle = 'numeric',
): string {
  return formatCalendarDate(berlinDay.format(new Date(isoDateTime)), language, german);
}

/** formatCalendarDate in the language shown. */
export function useFormatDate(): (iso: string, german?: GermanDateStyle) => string {
  const { language } = useI18n();
  return (iso, german) => formatCalendarDate(iso, language, german);
}
