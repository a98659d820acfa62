import type { Queryable } from '../db/database';

/**
 * Fixed-window counters in the database, so a limit holds across every server process and survives restarts
 * (an attacker cannot reset it by making a process crash, nor spread attempts over instances). The same table
 * serves lockouts: a bucket of failures whose limit, once reached, refuses until the window ends.
 */
export type RateLimitRule = { bucket: string; limit: number; windowMs: number };

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const windowOf = (rule: RateLimitRule, now: Date) => {
  const start = Math.floor(now.getTime() / rule.windowMs) * rule.windowMs;
  return { start: new Date(start), end: start + rule.windowMs };
};

const refusal = (end: number, now: Date): RateLimitVerdict => ({
  allowed: false,
  retryAfterSeconds: Math.max(1, Math.ceil((end - now.getTime()) / 1000)),
});

/** Counts one hit and says whether it is within the limit. */
export async function hit(
  db: Queryable,
  rule: RateLimitRule,
  subject: string,
  now: Date,
): Promise<RateLimitVerdict> {
  const { start, end } = windowOf(rule, now);
  const result = await db.query<{ hits: number }>(
    `INSERT INTO rate_limits (bucket, subject, window_start, hits) VALUES ($1, $2, $3, 1)
     ON CONFLICT (bucket, subject, window_start) DO UPDATE SET hits = rate_limits.hits + 1
     RETURNING hits`,
    [rule.bucket, subject, start.toISOString()],
  );
  const hits = Number(result.rows[0]?.hits ?? 0);
  return hits <= rule.limit ? { allowed: true } : refusal(end, now);
}

/** Whether a lockout bucket is full, without counting (failures are counted with `hit` when they happen). */
export async function isLockedOut(
  db: Queryable,
  rule: RateLimitRule,
  subject: string,
  now: Date,
): Promise<RateLimitVerdict> {
  const { start, end } = windowOf(rule, now);
  const result = await db.query<{ hits: number }>(
    'SELECT hits FROM rate_limits WHERE bucket = $1 AND subject = $2 AND window_start = $3',
    [rule.bucket, subject, start.toISOString()],
  );
  const hits = Number(result.rows[0]?.hits ?? 0);
  return hits < rule.limit ? { allowed: true } : refusal(end, now);
}

/** Forgets windows that ended more than a day ago; called now and then, never on a request's path. */
export async function pruneRateLimits(db: Queryable, now: Date): Promise<void> {
  await db.query('DELETE FROM rate_limits WHERE window_start < $1', [
    new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString(),
  ]);
}
