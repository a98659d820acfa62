import type { Queryable } from '../db/database';

/**
 * The one row of limits of the provider status check (provider_check_settings, migration 12), kept in the
 * database so an operator changes them with the admin command and every server process sees the change at once.
 */
export type ProviderCheckSettings = {
  dailyQuota: number;
  burstLimit: number;
  burstWindowSeconds: number;
  /** An account whose last login is longer ago needs a new letter (a lost or forgotten account, issue 15). */
  dormantAfterDays: number;
  /** How long a letter's initial password and Prüfnummer hold. */
  letterValidDays: number;
};

export async function readProviderCheckSettings(db: Queryable): Promise<ProviderCheckSettings> {
  const result = await db.query<{
    daily_quota: number;
    burst_limit: number;
    burst_window_seconds: number;
    dormant_after_days: number;
    letter_valid_days: number;
  }>(
    `SELECT daily_quota, burst_limit, burst_window_seconds, dormant_after_days, letter_valid_days
     FROM provider_check_settings WHERE id`,
  );
  const row = result.rows[0];
  // Migration 12 inserts the row and nothing deletes it; its absence is a damaged database.
  if (!row) throw new Error('provider_check_settings has no row');
  return {
    dailyQuota: Number(row.daily_quota),
    burstLimit: Number(row.burst_limit),
    burstWindowSeconds: Number(row.burst_window_seconds),
    dormantAfterDays: Number(row.dormant_after_days),
    letterValidDays: Number(row.letter_valid_days),
  };
}

const columns: Record<keyof ProviderCheckSettings, string> = {
  dailyQuota: 'daily_quota',
  burstLimit: 'burst_limit',
  burstWindowSeconds: 'burst_window_seconds',
  dormantAfterDays: 'dormant_after_days',
  letterValidDays: 'letter_valid_days',
};

/** Changes the given limits (each a positive whole number; the table's checks refuse others) and answers all. */
export async function updateProviderCheckSettings(
  db: Queryable,
  changes: Partial<ProviderCheckSettings>,
): Promise<ProviderCheckSettings> {
  const entries = Object.entries(changes).filter(([, value]) => value !== undefined) as [
    keyof ProviderCheckSettings,
    number,
  ][];
  if (entries.length > 0) {
    // Column names come from the fixed map above, never from input.
    const assignments = entries.map(([key], index) => `${columns[key]} = $${index + 1}`).join(', ');
    await db.query(
      `UPDATE provider_check_settings SET ${assignments} WHERE id`,
      entries.map(([, value]) => value),
    );
  }
  return readProviderCheckSettings(db);
}
