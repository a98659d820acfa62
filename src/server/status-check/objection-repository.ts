import type { InsuredStatusChecks } from '../../api/contracts/provider-check';
import { asIso, type Queryable } from '../db/database';

/**
 * An insured person's objections to checks of their status by one provider (status_objections, migration 12):
 * while one is open (withdrawn_at NULL) that provider's queries for this KVNR are answered "nicht befreit" and
 * logged as 'blocked'. Kept after withdrawal, so the record shows when it held. Keyed by the KVNR's HMAC only.
 */
export async function isBlocked(db: Queryable, kvnrHmac: string, ik: string): Promise<boolean> {
  const found = await db.query(
    'SELECT 1 FROM status_objections WHERE kvnr_hmac = $1 AND ik = $2 AND withdrawn_at IS NULL',
    [kvnrHmac, ik],
  );
  return found.rows.length > 0;
}

/** Idempotent: an open objection to the same provider stays as it is (the partial unique index decides). */
export async function recordObjection(db: Queryable, kvnrHmac: string, ik: string, at: Date): Promise<void> {
  await db.query(
    `INSERT INTO status_objections (kvnr_hmac, ik, since) VALUES ($1, $2, $3)
     ON CONFLICT (kvnr_hmac, ik) WHERE withdrawn_at IS NULL DO NOTHING`,
    [kvnrHmac, ik, at.toISOString()],
  );
}

/** Withdraws the open objection, if any; returns whether one was open. */
export async function withdrawObjection(
  db: Queryable,
  kvnrHmac: string,
  ik: string,
  at: Date,
): Promise<boolean> {
  const updated = await db.query(
    `UPDATE status_objections SET withdrawn_at = $3
     WHERE kvnr_hmac = $1 AND ik = $2 AND withdrawn_at IS NULL`,
    [kvnrHmac, ik, at.toISOString()],
  );
  return updated.rowCount > 0;
}

export async function openObjectionsOf(
  db: Queryable,
  kvnrHmac: string,
): Promise<InsuredStatusChecks['objections']> {
  const found = await db.query<{ ik: string; name: string; since: unknown }>(
    `SELECT o.ik, r.name, o.since FROM status_objections o JOIN provider_register r ON r.ik = o.ik
     WHERE o.kvnr_hmac = $1 AND o.withdrawn_at IS NULL ORDER BY o.since DESC, o.id DESC`,
    [kvnrHmac],
  );
  return found.rows.map((row) => ({ provider: { ik: row.ik, name: row.name }, since: asIso(row.since) }));
}
