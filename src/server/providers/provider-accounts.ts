import type { PasswordRecord } from '../caseworker/password';
import { asIso, type Queryable } from '../db/database';

/**
 * Provider accounts (provider_accounts, migration 12), one per IK of the register. An account exists once a
 * letter was asked for; its personal password (scrypt, as a caseworker's) exists once a Prüfnummer was used.
 */
export type ProviderAccount = {
  ik: string;
  /** The name on file in the IK register. */
  name: string;
  password?: PasswordRecord;
  createdAt: Date;
  activatedAt?: Date;
  lastLoginAt?: Date;
  /** The account's own daily limit of status queries; undefined: the default of provider_check_settings. */
  dailyQuota?: number;
};

type AccountRow = {
  ik: string;
  name: string;
  password_hash: string | null;
  password_salt: string | null;
  scrypt_n: number | null;
  scrypt_r: number | null;
  scrypt_p: number | null;
  created_at: unknown;
  activated_at: unknown;
  last_login_at: unknown;
  daily_quota: number | null;
};

const optionalDate = (value: unknown): Date | undefined =>
  value === null || value === undefined ? undefined : new Date(asIso(value));

function accountOf(row: AccountRow): ProviderAccount {
  const { password_hash: hash, password_salt: salt, scrypt_n: n, scrypt_r: r, scrypt_p: p } = row;
  const password =
    hash !== null && salt !== null && n !== null && r !== null && p !== null
      ? { hash, salt, n: Number(n), r: Number(r), p: Number(p) }
      : undefined;
  const activatedAt = optionalDate(row.activated_at);
  const lastLoginAt = optionalDate(row.last_login_at);
  return {
    ik: row.ik,
    name: row.name,
    ...(password ? { password } : {}),
    createdAt: new Date(asIso(row.created_at)),
    ...(activatedAt ? { activatedAt } : {}),
    ...(lastLoginAt ? { lastLoginAt } : {}),
    ...(row.daily_quota === null ? {} : { dailyQuota: Number(row.daily_quota) }),
  };
}

export async function findProviderAccount(db: Queryable, ik: string): Promise<ProviderAccount | undefined> {
  if (!/^\d{9}$/.test(ik)) return undefined;
  const result = await db.query<AccountRow>(
    `SELECT a.ik, r.name, a.password_hash, a.password_salt, a.scrypt_n, a.scrypt_r, a.scrypt_p, a.created_at,
       a.activated_at, a.last_login_at, a.daily_quota
     FROM provider_accounts a JOIN provider_register r ON r.ik = a.ik
     WHERE a.ik = $1`,
    [ik],
  );
  const row = result.rows[0];
  return row ? accountOf(row) : undefined;
}

/** Creates the account of a registered IK unless it exists; true when it was created now. */
export async function ensureProviderAccount(db: Queryable, ik: string, now: Date): Promise<boolean> {
  const result = await db.query(
    'INSERT INTO provider_accounts (ik, created_at) VALUES ($1, $2) ON CONFLICT (ik) DO NOTHING RETURNING ik',
    [ik, now.toISOString()],
  );
  return result.rows.length > 0;
}

/**
 * Locks the account's row until the transaction ends (true) or says there is none (false): two letter requests for
 * one IK then count each other's letters.
 */
export async function lockProviderAccount(db: Queryable, ik: string): Promise<boolean> {
  const result = await db.query('SELECT ik FROM provider_accounts WHERE ik = $1 FOR UPDATE', [ik]);
  return result.rows.length > 0;
}

/** The personal password set with a Prüfnummer: the account is active, and counts as logged in now. */
export async function setProviderPassword(
  db: Queryable,
  ik: string,
  password: PasswordRecord,
  now: Date,
): Promise<void> {
  await db.query(
    `UPDATE provider_accounts SET password_hash = $2, password_salt = $3, scrypt_n = $4, scrypt_r = $5,
       scrypt_p = $6, activated_at = $7, last_login_at = $7
     WHERE ik = $1`,
    [ik, password.hash, password.salt, password.n, password.r, password.p, now.toISOString()],
  );
}

export async function recordProviderLogin(db: Queryable, ik: string, now: Date): Promise<void> {
  await db.query('UPDATE provider_accounts SET last_login_at = $2 WHERE ik = $1', [ik, now.toISOString()]);
}

/** Sets (or, with undefined, removes) the account's own daily limit; false when there is no such account. */
export async function setProviderDailyQuota(
  db: Queryable,
  ik: string,
  dailyQuota: number | undefined,
): Promise<boolean> {
  const result = await db.query('UPDATE provider_accounts SET daily_quota = $2 WHERE ik = $1 RETURNING ik', [
    ik,
    dailyQuota ?? null,
  ]);
  return result.rows.length > 0;
}

/**
 * Whether a personal password may no longer open the account: its last login (or, never logged in since, its
 * activation) lies more than `dormantAfterDays` days back. Such an account needs a new letter (issue 15).
 */
export function isDormant(account: ProviderAccount, now: Date, dormantAfterDays: number): boolean {
  const last = account.lastLoginAt ?? account.activatedAt;
  if (!last) return false;
  return now.getTime() - last.getTime() > dormantAfterDays * 24 * 60 * 60 * 1000;
}
