import { berlinDateTime } from '../../documents/antrag/antrag-format';
import { berlinMidnight } from '../retention/invitation-retention';

/**
 * The calendar day in Europe/Berlin that an instant falls on, with its bounds: the daily limit of status queries
 * counts per Berlin day (a pharmacy's day), and the service date's allowed years follow Berlin's today. A day
 * lasts 23, 24 or 25 hours.
 */
export type BerlinDay = {
  /** ISO date. */
  date: string;
  /** 00:00 in Berlin on `date`. */
  start: Date;
  /** 00:00 in Berlin on the next day. */
  end: Date;
};

const nextDate = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export function berlinDayOf(now: Date): BerlinDay {
  const date = berlinDateTime(now.toISOString()).date;
  return { date, start: berlinMidnight(date), end: berlinMidnight(nextDate(date)) };
}
