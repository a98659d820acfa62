import { berlinDateTime } from '../antrag/antrag-format';

/**
 * Calendar days in Europe/Berlin: the insurer's days for retention cut-offs and for the provider check's daily
 * limit (a pharmacy's day). Pure, so the server and its msw twin count the same days. A day lasts 23, 24 or 25
 * hours.
 */
export type BerlinDay = {
  /** ISO date. */
  date: string;
  /** 00:00 in Berlin on `date`. */
  start: Date;
  /** 00:00 in Berlin on the next day. */
  end: Date;
};

/** The instant 00:00 Europe/Berlin on an ISO date (never in a DST gap: Berlin switches at 02:00 and 03:00). */
export function berlinMidnight(date: string): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(utcMidnight - offsetHours * 3_600_000);
    const local = berlinDateTime(candidate.toISOString());
    if (local.date === date && local.time === '00:00') return candidate;
  }
  throw new Error(`No 00:00 in Berlin on ${date}`);
}

const nextDate = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The Berlin calendar day an instant falls on, with its bounds. */
export function berlinDayOf(now: Date): BerlinDay {
  const date = berlinDateTime(now.toISOString()).date;
  return { date, start: berlinMidnight(date), end: berlinMidnight(nextDate(date)) };
}
