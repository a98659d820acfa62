import { randomUUID } from 'node:crypto';
import { asIso, type Queryable } from '../db/database';
import type { PasswordRecord } from './password';

/** Caseworker accounts (migration 5). The username is stored lower-case; the id is a random UUID. */
export type Caseworker = {
  id: string;
  username: string;
  displayName: string;
  password: PasswordRecord;
  totpSecret: string;
  createdAt: string;
  disabledAt: string | undefined;
};

type Row = {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  password_salt: string;
  scrypt_n: number;
  scrypt_r: number;
  scrypt_p: number;
  totp_secret: string;
  created_at: unknown;
  disabled_at: unknown;
};

const fromRow = (row: Row): Caseworker => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  password: {
    hash: row.password_hash,
    salt: row.password_salt,
    n: Number(row.scrypt_n),
    r: Number(row.scrypt_r),
    p: Number(row.scrypt_p),
  },
  totpSecret: row.totp_secret,
  createdAt: asIso(row.created_at),
  disabledAt: row.disabled_at === null ? undefined : asIso(row.disabled_at),
});

export class UsernameTakenError extends Error {}

export async function createCaseworker(
  db: Queryable,
  account: {
    username: string;
    displayName: string;
    password: PasswordRecord;
    totpSecret: string;
    now: Date;
  },
): Promise<Caseworker> {
  const result = await db.query<Row>(
    `INSERT INTO caseworkers (id, username, display_name, password_hash, password_salt, scrypt_n, scrypt_r,
       scrypt_p, totp_secret, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (username) DO NOTHING
     RETURNING *`,
    [
      randomUUID(),
      account.username,
      account.displayName,
      account.password.hash,
      account.password.salt,
      account.password.n,
      account.password.r,
      account.password.p,
      account.totpSecret,
      account.now.toISOString(),
    ],
  );
  const row = result.rows[0];
  if (!row) throw new UsernameTakenError(`A caseworker named ${account.username} exists already`);
  return fromRow(row);
}

export async function findCaseworker(db: Queryable, username: string): Promise<Caseworker | undefined> {
  const result = await db.query<Row>('SELECT * FROM caseworkers WHERE username = $1', [username]);
  const row = result.rows[0];
  return row ? fromRow(row) : undefined;
}

export async function listCaseworkers(db: Queryable): Promise<Caseworker[]> {
  const result = await db.query<Row>('SELECT * FROM caseworkers ORDER BY username');
  return result.rows.map(fromRow);
}

/** Marks the account disabled and ends its sessions; false when there is no such account. */
export async function disableCaseworker(
  db: Queryable,
  username: string,
  now: Date,
): Promise<Caseworker | undefined> {
  const result = await db.query<Row>(
    `UPDATE caseworkers SET disabled_at = COALESCE(disabled_at, $2) WHERE username = $1 RETURNING *`,
    [username, now.toISOString()],
  );
  const row = result.rows[0];
  if (!row) return undefined;
  await db.query('DELETE FROM caseworker_sessions WHERE caseworker_id = $1', [row.id]);
  return fromRow(row);
}

/**
 * Records `step` as the account's last used TOTP step, only if it is later than the one recorded: one atomic
 * statement, so two requests racing with the same code cannot both pass. False means a replay.
 */
export async function consumeTotpStep(db: Queryable, caseworkerId: string, step: number): Promise<boolean> {
  const result = await db.query(
    `UPDATE caseworkers SET totp_last_step = $2
     WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`,
    [caseworkerId, step],
  );
  return result.rowCount === 1;
}
