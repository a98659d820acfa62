import type { Queryable } from '../db/database';

/**
 * The audit trail (security-checklist: logging of access to health data): who (role, pseudonymous id), what,
 * which case, when, with what outcome. It names cases by reference only; it never holds names, KVNRs, incomes,
 * diagnoses or codes.
 */
export type AuditEntry = {
  at: Date;
  actorRole: 'none' | 'applicant' | 'member' | 'caseworker' | 'provider' | 'demo';
  actorId?: string;
  action: string;
  objectRef?: string;
  outcome: 'ok' | 'refused' | 'not-found' | 'failed';
};

export async function audit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query(
    'INSERT INTO audit_log (at, actor_role, actor_id, action, object_ref, outcome) VALUES ($1, $2, $3, $4, $5, $6)',
    [
      entry.at.toISOString(),
      entry.actorRole,
      entry.actorId ?? null,
      entry.action,
      entry.objectRef ?? null,
      entry.outcome,
    ],
  );
}
