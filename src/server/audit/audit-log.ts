import { asIso, type Queryable } from '../db/database';

/**
 * The audit trail (security-checklist: logging of access to health data): who (role, pseudonymous id), what,
 * which case, when, with what outcome. It names cases by reference only; it never holds names, KVNRs, incomes,
 * diagnoses or codes. Append-only: the database refuses UPDATE, DELETE and TRUNCATE on audit_log (migration 6).
 */
export type AuditEntry = {
  at: Date;
  actorRole: 'none' | 'applicant' | 'member' | 'caseworker' | 'provider' | 'demo' | 'admin';
  actorId?: string;
  action: string;
  objectRef?: string;
  /** What inside the case: a receipt's, income's or file's id, a decision's kind (ids only, never personal data). */
  detail?: string;
  outcome: 'ok' | 'refused' | 'not-found' | 'failed';
};

export async function audit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query(
    'INSERT INTO audit_log (at, actor_role, actor_id, action, object_ref, outcome, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [
      entry.at.toISOString(),
      entry.actorRole,
      entry.actorId ?? null,
      entry.action,
      entry.objectRef ?? null,
      entry.outcome,
      entry.detail ?? null,
    ],
  );
}

export type AuditTrailEntry = {
  at: string;
  actorRole: string;
  actorId?: string;
  actorName?: string;
  action: string;
  detail?: string;
  outcome: AuditEntry['outcome'];
};

/** Every entry naming this case, oldest first, with a caseworker's display name where the actor is one. */
export async function auditTrailOf(db: Queryable, objectRef: string): Promise<AuditTrailEntry[]> {
  const result = await db.query<{
    at: unknown;
    actor_role: string;
    actor_id: string | null;
    display_name: string | null;
    action: string;
    detail: string | null;
    outcome: AuditEntry['outcome'];
  }>(
    `SELECT a.at, a.actor_role, a.actor_id, c.display_name, a.action, a.detail, a.outcome
     FROM audit_log a LEFT JOIN caseworkers c ON a.actor_role = 'caseworker' AND c.id = a.actor_id
     WHERE a.object_ref = $1 ORDER BY a.id`,
    [objectRef],
  );
  return result.rows.map((row) => ({
    at: asIso(row.at),
    actorRole: row.actor_role,
    ...(row.actor_id === null ? {} : { actorId: row.actor_id }),
    ...(row.display_name === null ? {} : { actorName: row.display_name }),
    action: row.action,
    ...(row.detail === null ? {} : { detail: row.detail }),
    outcome: row.outcome,
  }));
}
