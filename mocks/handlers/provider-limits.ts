import { berlinDayOf as berlinDay } from '../../src/documents/calendar/berlin-day';
import { countHit, hitsOf } from '../store/provider-store';

/**
 * Fixed-window limits and the Berlin day, as the server counts them (src/server/rate-limit/rate-limiter.ts,
 * src/documents/calendar/berlin-day.ts and src/server/status-check/query-limits.ts), on the mock's counters.
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

/** The Berlin calendar day of an instant, with its bounds as epoch milliseconds (the mock's clock). */
export function berlinDayOf(now: number): { date: string; start: number; end: number } {
  const day = berlinDay(new Date(now));
  return { date: day.date, start: day.start.getTime(), end: day.end.getTime() };
}

/** Counts one query against the day's limit of a provider: a window per Berlin day, ending at its midnight. */
export function hitDay(bucket: string, subject: string, limit: number, now: number): Verdict {
  const day = berlinDayOf(now);
  return countHit(`${bucket}|${subject}|${day.date}`) <= limit ? { allowed: true } : refusal(day.end, now);
}
