import { berlinDateTime } from '../../src/documents/antrag/antrag-format';
import { countHit, hitsOf } from '../store/provider-store';

/**
 * Fixed-window limits and the Berlin day, as the server counts them (src/server/rate-limit/rate-limiter.ts,
 * src/server/status-check/berlin-day.ts and query-limits.ts), on the mock's counters.
 */
export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };
export type WindowRule = { bucket: string; limit: number; windowMs: number };

const windowOf = (rule: WindowRule, subject: string, now: number) => {
  const start = Math.floor(now / rule.windowMs) * rule.windowMs;
  return { name: `${rule.bucket}|${subject}|${start}`, end: start + rule.windowMs };
};

const refusal = (end: number, now: number): Verdict => ({
  allowed: false,
  retryAfterSeconds: Math.max(1, Math.ceil((end - now) / 1000)),
});

/** Counts one hit and says whether it is within the limit (the rate limiter's `hit`). */
export function hit(rule: WindowRule, subject: string, now: number): Verdict {
  const window = windowOf(rule, subject, now);
  return countHit(window.name) <= rule.limit ? { allowed: true } : refusal(window.end, now);
}

/** Whether a lockout window is full, without counting (the rate limiter's `isLockedOut`). */
export function lockedOut(rule: WindowRule, subject: string, now: number): Verdict {
  const window = windowOf(rule, subject, now);
  return hitsOf(window.name) < rule.limit ? { allowed: true } : refusal(window.end, now);
}

const nextDate = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** 00:00 in Berlin on a date (never in a DST gap: Berlin switches at 02:00 and 03:00). */
function berlinMidnight(date: string): number {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  for (const offsetHours of [1, 2]) {
    const candidate = utcMidnight - offsetHours * 3_600_000;
    const local = berlinDateTime(new Date(candidate).toISOString());
    if (local.date === date && local.time === '00:00') return candidate;
  }
  throw new Error(`No 00:00 in Berlin on ${date}`);
}

/** The Berlin calendar day of an instant, with its bounds: a pharmacy's day, 23 to 25 hours long. */
export function berlinDayOf(now: number): { date: string; start: number; end: number } {
  const date = berlinDateTime(new Date(now).toISOString()).date;
  return { date, start: berlinMidnight(date), end: berlinMidnight(nextDate(date)) };
}

/** Counts one query against the day's limit of a provider: a window per Berlin day, ending at its midnight. */
export function hitDay(bucket: string, subject: string, limit: number, now: number): Verdict {
  const day = berlinDayOf(now);
  return countHit(`${bucket}|${subject}|${day.date}`) <= limit ? { allowed: true } : refusal(day.end, now);
}
