import type { Queryable } from '../db/database';
import { readProviderCheckSettings } from '../providers/provider-check-settings';
import { hit } from '../rate-limit/rate-limiter';
import type { BerlinDay } from '../../documents/calendar/berlin-day';

/**
 * The limits on a provider's status queries (issue 15 deliverable 3): a daily limit per Berlin calendar day
 * (provider_check_settings.daily_quota, 100 by default, or the account's own provider_accounts.daily_quota) and
 * a burst limit (burst_limit queries per burst_window_seconds) against sweeps across many KVNRs. Read from the
 * database on every query, so an operator's change holds at once. Counted with the rate limiter's atomic upsert,
 * so the limits hold across server processes.
 */
export type QueryLimits = { dailyQuota: number; burstLimit: number; burstWindowSeconds: number };

export type LimitVerdict =
  { allowed: true } | { allowed: false; refusedBy: 'quota' | 'burst'; retryAfterSeconds: number };

const hourMs = 60 * 60 * 1000;

/** The settings' limits, with the account's own daily limit where it has one (no account row: the default). */
export async function queryLimitsOf(db: Queryable, ik: string): Promise<QueryLimits> {
  const settings = await readProviderCheckSettings(db);
  const account = await db.query<{ daily_quota: number | null }>(
    'SELECT daily_quota FROM provider_accounts WHERE ik = $1',
    [ik],
  );
  const own = account.rows[0]?.daily_quota;
  return {
    dailyQuota: own === null || own === undefined ? settings.dailyQuota : Number(own),
    burstLimit: settings.burstLimit,
    burstWindowSeconds: settings.burstWindowSeconds,
  };
}

/**
 * Counts one query against both limits: the burst first, so a query the burst refuses does not use up the day.
 *
 * The rate limiter counts in fixed windows of epoch time, and a Berlin day (23 to 25 hours) is none of them. So
 * the day's counter is one hour-long window stamped at the day's start plus 12 hours (always a whole hour: Berlin
 * is UTC+1 or UTC+2): every query of the day lands on that one row, and pruneRateLimits, which drops windows that
 * started more than 24 hours ago, cannot drop it before the day is over (36 hours after its start at the
 * earliest). Retry-After of a spent day is the time to the next 00:00 in Berlin.
 */
export async function countQuery(
  db: Queryable,
  ik: string,
  limits: QueryLimits,
  day: BerlinDay,
  now: Date,
): Promise<LimitVerdict> {
  const burst = await hit(
    db,
    { bucket: 'provider-burst', limit: limits.burstLimit, windowMs: limits.burstWindowSeconds * 1000 },
    ik,
    now,
  );
  if (!burst.allowed)
    return { allowed: false, refusedBy: 'burst', retryAfterSeconds: burst.retryAfterSeconds };
  const stamp = new Date(day.start.getTime() + 12 * hourMs);
  const quota = await hit(
    db,
    { bucket: 'provider-quota', limit: limits.dailyQuota, windowMs: hourMs },
    ik,
    stamp,
  );
  if (quota.allowed) return { allowed: true };
  return {
    allowed: false,
    refusedBy: 'quota',
    retryAfterSeconds: Math.max(1, Math.ceil((day.end.getTime() - now.getTime()) / 1000)),
  };
}
